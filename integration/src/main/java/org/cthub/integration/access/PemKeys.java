package org.cthub.integration.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;

/**
 * Reads and writes unencrypted PKCS#8 PEM private keys (RSA of 2048 bits or more, or EC P-256) as signing
 * JWKs. A private key file holds no public key, so it is derived: from the CRT parameters for RSA, as d·G
 * on the curve for EC.
 */
final class PemKeys {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    private static final int MIN_RSA_BITS = 2048;

    private PemKeys() {
    }

    static JWK read(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the JWT signing key file " + file, e);
        }
        if (!pem.contains(BEGIN) || !pem.contains(END)) {
            throw new IllegalStateException("The JWT signing key file " + file + " is not a PKCS#8 PEM private key ("
                    + BEGIN + "); convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem");
        }
        String body = pem.substring(pem.indexOf(BEGIN) + BEGIN.length(), pem.indexOf(END));
        return toJwk(Base64.getMimeDecoder().decode(body), file.toString());
    }

    static String write(PrivateKey key) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return BEGIN + "\n" + base64 + "\n" + END + "\n";
    }

    static JWK toJwk(byte[] pkcs8, String source) {
        PrivateKey key = decode(pkcs8, source);
        try {
            if (key instanceof RSAPrivateCrtKey rsa) {
                return rsaJwk(rsa, source);
            }
            if (key instanceof ECPrivateKey ec) {
                return ecJwk(ec, source);
            }
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot use the JWT signing key from " + source, e);
        }
        throw new IllegalStateException("The JWT signing key from " + source + " must be RSA (2048+ bits) or EC P-256");
    }

    private static PrivateKey decode(byte[] pkcs8, String source) {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException notThisAlgorithm) {
                // try the next one
            }
        }
        throw new IllegalStateException("The JWT signing key from " + source + " is neither an RSA nor an EC PKCS#8 key");
    }

    private static JWK rsaJwk(RSAPrivateCrtKey rsa, String source) throws GeneralSecurityException, JOSEException {
        if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new IllegalStateException("The RSA JWT signing key from " + source + " has fewer than " + MIN_RSA_BITS + " bits");
        }
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        return new RSAKey.Builder(publicKey).privateKey(rsa).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
    }

    private static JWK ecJwk(ECPrivateKey ec, String source) throws GeneralSecurityException, JOSEException {
        if (!Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
            throw new IllegalStateException("The EC JWT signing key from " + source + " must be on curve P-256");
        }
        X9ECParameters p256 = NISTNamedCurves.getByName("P-256");
        org.bouncycastle.math.ec.ECPoint q = p256.getG().multiply(ec.getS()).normalize();
        BigInteger x = q.getAffineXCoord().toBigInteger();
        BigInteger y = q.getAffineYCoord().toBigInteger();
        ECPublicKey publicKey = (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), ec.getParams()));
        return new ECKey.Builder(Curve.P_256, publicKey).privateKey(ec).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256).keyIDFromThumbprint().build();
    }
}
