package org.cthub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;
import org.cthub.persistence.support.RuleViolation;

/** Where on a partner's SFTP server the hub drops files, and as whom. Credentials are configured apart. */
@Embeddable
public class SftpLocation {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Column(name = "sftp_host", length = 253)
    private String host;

    @Column(name = "sftp_port")
    private Integer port;

    @Column(name = "sftp_path", length = 500)
    private String path;

    @Column(name = "sftp_username", length = 64)
    private String username;

    protected SftpLocation() {
    }

    public SftpLocation(String host, Integer port, String path, String username) {
        if (host == null || !HOST.matcher(host).matches()) {
            throw new RuleViolation("sftp.host", "sftp.host must be a host name or IPv4 address");
        }
        int actualPort = port == null ? 22 : port;
        if (actualPort < 1 || actualPort > 65535) {
            throw new RuleViolation("sftp.port", "sftp.port must be between 1 and 65535 (default 22)");
        }
        if (path == null || !path.startsWith("/") || path.length() > 500 || path.contains("..")) {
            throw new RuleViolation("sftp.path", "sftp.path must be an absolute directory path without '..'");
        }
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolation("sftp.username", "sftp.username must be 1-64 letters, digits, '.', '_' or '-'");
        }
        this.host = host;
        this.port = actualPort;
        this.path = path;
        this.username = username;
    }

    public String host() {
        return host;
    }

    public Integer port() {
        return port;
    }

    public String path() {
        return path;
    }

    public String username() {
        return username;
    }

    @Override
    public String toString() {
        return username + "@" + host + ":" + port + path;
    }
}
