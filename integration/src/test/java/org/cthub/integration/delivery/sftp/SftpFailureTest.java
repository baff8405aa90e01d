package org.cthub.integration.delivery.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.jcraft.jsch.JSchException;
import java.net.ConnectException;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.junit.jupiter.api.Test;

/** The reasons recorded for failed drops name the kind of failure and what to do, never what was being sent. */
class SftpFailureTest {

    private static Throwable cannotConnect(Throwable cause) {
        return new GenericFileOperationFailedException("Cannot connect to sftp://cthub@sftp.example.org:22", cause);
    }

    @Test
    void namesAnUnknownHostKey() {
        assertThat(SftpFailure.reason(cannotConnect(new JSchException("UnknownHostKey: [sftp.example.org]:22. ECDSA key fingerprint is SHA256:x"))))
                .contains("host key").contains("HUB_SFTP_KNOWN_HOSTS_FILE");
    }

    @Test
    void namesARefusedLogin() {
        assertThat(SftpFailure.reason(cannotConnect(new JSchException("Auth fail for methods 'publickey'")))).contains("authorized_keys");
    }

    @Test
    void namesAServerThatIsDown() {
        assertThat(SftpFailure.reason(cannotConnect(new JSchException("java.net.ConnectException: Connection refused", new ConnectException()))))
                .startsWith("SFTP server unreachable");
    }

    @Test
    void keepsOnlyTheKindOfAnythingElse() {
        assertThat(SftpFailure.reason(new IllegalStateException("Ana Example, born 1999"))).isEqualTo("SFTP upload failed: IllegalStateException");
    }
}
