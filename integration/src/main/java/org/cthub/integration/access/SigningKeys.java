package org.cthub.integration.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hub's key for signing access tokens. An operator's PKCS#8 PEM file ({@code hub.jwt.signing-key-file})
 * wins; without one the hub generates a P-256 key on first start under {@code hub.data-dir} and reuses it,
 * which suits a single node. Several nodes must share one configured key, or each refuses the others'
 * tokens. The key id is the key's RFC 7638 thumbprint, so it changes exactly when the key does.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    @ConfigProperty(name = "hub.jwt.signing-key-file")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "hub.data-dir", defaultValue = "./data")
    String dataDir;

    private JWK key;
    private JWSAlgorithm algorithm;
    private JWSSigner signer;

    public SigningKeys() {
    }

    /** Keys from an explicit file, or generated into the data directory; for use outside CDI. */
    public static SigningKeys load(Optional<Path> keyFile, Path dataDir) {
        SigningKeys keys = new SigningKeys();
        keys.keyFile = keyFile.map(Path::toString);
        keys.dataDir = dataDir.toString();
        keys.init();
        return keys;
    }

    @PostConstruct
    void init() {
        key = keyFile.filter(file -> !file.isBlank())
                .map(file -> PemKeys.read(Path.of(file)))
                .orElseGet(() -> GeneratedKeyFile.readOrCreate(Path.of(dataDir, "keys", "jwt-signing-key.pem")));
        algorithm = key instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
        try {
            signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner(key.toRSAKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("The JWT signing key cannot sign", e);
        }
    }

    /** Loads the key when the application starts, so a bad key file stops the deployment rather than the first token. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info(() -> "JWT signing key " + keyId() + " (" + algorithm + ") loaded");
    }

    public JWSSigner signer() {
        return signer;
    }

    public JWSAlgorithm algorithm() {
        return algorithm;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public half only, for verifying the hub's own tokens. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }
}
