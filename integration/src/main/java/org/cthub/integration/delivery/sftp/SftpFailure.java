package org.cthub.integration.delivery.sftp;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Why an upload failed, in words an operator can act on and without anything the payload holds: the
 * reason goes into the delivery's last error, which hub-admin sees. The SSH library's own messages name
 * hosts and algorithms, never file contents, but only the kind of failure is kept.
 */
final class SftpFailure {

    private SftpFailure() {
    }

    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            String type = t.getClass().getSimpleName();
            if (type.contains("HostKey") || message.contains("hostkey") || message.contains("host key")) {
                return "SFTP server's host key is unknown or has changed: add it to the hub's known_hosts (HUB_SFTP_KNOWN_HOSTS_FILE)";
            }
            if (message.contains("auth fail") || message.contains("auth cancel") || message.contains("authentication")) {
                return "SFTP login refused: the partner must add the hub's public key to the account's authorized_keys";
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SocketTimeoutException
                    || message.contains("connection refused") || message.contains("timeout")) {
                return "SFTP server unreachable: " + type;
            }
            if (message.contains("no such file")) {
                return "SFTP directory missing or not writable: the partner must create the configured path";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "SFTP upload failed: " + root.getClass().getSimpleName();
    }
}
