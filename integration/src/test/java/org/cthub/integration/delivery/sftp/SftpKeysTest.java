package org.cthub.integration.delivery.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SftpKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesAnOwnerOnlyKeyOnceAndShowsItsPublicHalfAsAnAuthorizedKeysLine() throws Exception {
        Path file = dataDir.resolve("keys").resolve("sftp-key.pem");
        SshKeyFile.readOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String pem = Files.readString(file);
        String publicKey = SftpKeys.openSshPublicKey(file);
        assertThat(publicKey).startsWith("ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY").endsWith(" " + SftpKeys.COMMENT);
        SshKeyFile.readOrCreate(file);
        assertThat(Files.readString(file)).as("kept across starts").isEqualTo(pem);
        assertThat(SftpKeys.openSshPublicKey(file)).isEqualTo(publicKey);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }
}
