package org.cthub.integration.delivery.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS trust for webhook calls: the JVM's default trust store, and in addition the certificates of an
 * operator's PEM file, so a sandbox can run receivers with their own certificates without the JVM-wide
 * trust store (and every other outbound call) trusting them too.
 */
final class WebhookTrust {

    private WebhookTrust() {
    }

    static SSLContext context(Optional<Path> extraCertificates) {
        try {
            if (extraCertificates.isEmpty()) {
                return SSLContext.getDefault();
            }
            X509TrustManager jvm = trustManager(null);
            X509TrustManager extra = trustManager(keyStore(extraCertificates.get()));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(jvm, extra)}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up TLS trust for webhooks from hub.webhook.trusted-certificates-file", e);
        }
    }

    private static KeyStore keyStore(Path pem) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new CertificateException("no certificate in " + pem);
            }
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("webhook-" + i++, certificate);
            }
        }
        return store;
    }

    /** The X.509 trust manager over the store; null means the JVM's default trust store. */
    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("No X.509 trust manager");
    }

    /** Trusts a server chain that either trust manager accepts; never used for client certificates. */
    private record EitherTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException notByTheFirst) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Webhook calls do not accept client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
