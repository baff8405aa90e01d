package org.cthub.deploy.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** An RSA key for signing test tokens, written as the PKCS#8 PEM file the hub reads. */
public final class SigningKey {

    private final RSAKey key;
    private final Path pemFile;

    private SigningKey(RSAKey key, Path pemFile) {
        this.key = key;
        this.pemFile = pemFile;
    }

    public static SigningKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toPrivateKey().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Path dir = Files.createDirectories(Path.of(System.getProperty("hub.it-dir", "target/it")).toAbsolutePath());
            Path file = Files.createTempFile(dir, "jwt-signing-key-", ".pem");
            Files.writeString(file, pem);
            return new SigningKey(key, file);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pemFile() {
        return pemFile;
    }

    public RSAKey jwk() {
        return key;
    }

    /** Signs the claims with this key as an access token (RS256, typ at+jwt, with its key id). */
    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(new com.nimbusds.jose.JOSEObjectType("at+jwt")).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
