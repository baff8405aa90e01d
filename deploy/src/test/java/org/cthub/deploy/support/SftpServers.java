package org.cthub.deploy.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * In-process SFTP servers (Apache MINA sshd) on loopback standing in for partners' SFTP locations: files under one
 * root directory, public-key login as {@value #USER} with the hub's key only (as the hub shows it on a partner
 * system), and the known_hosts file an operator would hand the hub with HUB_SFTP_KNOWN_HOSTS_FILE.
 */
public final class SftpServers {

    public static final String USER = "cthub";

    private final Path workDir;
    private final Path root;
    private final Path knownHosts;
    private final AtomicReference<PublicKey> hubKey = new AtomicReference<>();

    public SftpServers(String name) throws IOException {
        workDir = Files.createDirectories(Path.of("target/it").toAbsolutePath());
        root = Files.createTempDirectory(workDir, name + "-root-");
        knownHosts = Files.createTempFile(workDir, "known_hosts-" + name + "-", "");
    }

    /** Where the servers keep their files. */
    public Path root() {
        return root;
    }

    /** The hub's known_hosts file: the servers the tests {@link #trust} are in it. */
    public Path knownHosts() {
        return knownHosts;
    }

    /** A new EC host key, kept under target/it. */
    public SimpleGeneratorHostKeyProvider hostKey(String name) {
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(workDir.resolve(name + "-" + UUID.randomUUID() + ".ser"));
        provider.setAlgorithm(KeyUtils.EC_ALGORITHM);
        provider.setKeySize(256);
        return provider;
    }

    /** A server on the port with the host key, accepting the hub's key only. */
    public SshServer start(int port, SimpleGeneratorHostKeyProvider key) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(port);
        sshd.setKeyPairProvider(key);
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setPublickeyAuthenticator((username, offered, session) -> USER.equals(username) && hubKey.get() != null
                && KeyUtils.compareKeys(hubKey.get(), offered));
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sshd.start();
        return sshd;
    }

    /** Adds the server's host key to the hub's known_hosts, as an operator would from the partner's fingerprint. */
    public void trust(int port, SimpleGeneratorHostKeyProvider key) throws IOException, GeneralSecurityException {
        KeyPair pair = key.loadKeys(null).iterator().next();
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(pair.getPublic()) + "\n",
                StandardOpenOption.APPEND);
    }

    /** Lets the hub in: its public key as the partner system shows it ({@code hubSshPublicKey}, OpenSSH format). */
    public void acceptHubKey(String openSshPublicKey) throws IOException, GeneralSecurityException {
        hubKey.set(AuthorizedKeyEntry.parseAuthorizedKeyEntry(openSshPublicKey).resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
