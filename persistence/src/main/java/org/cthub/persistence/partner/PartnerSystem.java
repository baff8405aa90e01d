package org.cthub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.cthub.persistence.support.crypto.EncryptedString;

/**
 * One of a partner's own systems and how the hub reaches it: a signed HTTPS webhook, an SFTP drop or a
 * pull inbox, with the formats it accepts. The channel is fixed at creation; a partner that changes how it
 * connects registers a new system and disables the old one, so deliveries in flight keep their target.
 */
@Entity
@Table(name = "partner_system")
public class PartnerSystem {

    private static final String JSON = "application/json";
    private static final List<String> XML = List.of("application/xml", "text/xml");

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "webhook_url", length = 2000)
    private String webhookUrl;

    @Embedded
    private SftpLocation sftp;

    @Convert(converter = AcceptedFormats.Column.class)
    @Column(nullable = false, length = 1000)
    private List<String> formats;

    /** Encrypted at rest: whoever reads the database must not be able to forge the hub's signatures. */
    @Convert(converter = EncryptedString.class)
    @Column(name = "signing_secret", length = 200)
    private String signingSecret;

    /** Null: the system takes canonical JSON only. */
    @Convert(converter = XmlMappingColumn.class)
    @Column(name = "xml_mapping", length = 20000)
    private XmlMapping xmlMapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SystemStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected PartnerSystem() {
    }

    private PartnerSystem(UUID organisationId, String name, Channel channel, List<String> formats) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.channel = channel;
        this.status = SystemStatus.ACTIVE;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        rename(name);
        this.formats = AcceptedFormats.check(formats);
    }

    /** A webhook system with a fresh signing secret; read it once with {@link #signingSecret()}. */
    public static PartnerSystem webhook(UUID organisationId, String name, List<String> formats, URI url) {
        PartnerSystem system = new PartnerSystem(organisationId, name, Channel.WEBHOOK, formats);
        system.webhookUrl = url.toString();
        system.signingSecret = SigningSecret.generate();
        return system;
    }

    public static PartnerSystem sftp(UUID organisationId, String name, List<String> formats, SftpLocation location) {
        PartnerSystem system = new PartnerSystem(organisationId, name, Channel.SFTP, formats);
        system.sftp = location;
        return system;
    }

    public static PartnerSystem pullInbox(UUID organisationId, String name, List<String> formats) {
        return new PartnerSystem(organisationId, name, Channel.PULL_INBOX, formats);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.trim().length() > 200) {
            throw new RuleViolation("name", "name is required, at most 200 characters");
        }
        name = newName.trim();
    }

    public void acceptFormats(List<String> newFormats) {
        formats = AcceptedFormats.check(newFormats);
    }

    public void moveWebhook(URI url) {
        requireChannel(Channel.WEBHOOK);
        webhookUrl = url.toString();
    }

    public void moveSftp(SftpLocation location) {
        requireChannel(Channel.SFTP);
        sftp = location;
    }

    /** Sets or (with null) removes the XML mapping; it is used only while the formats prefer XML. */
    public void mapXml(XmlMapping mapping) {
        xmlMapping = mapping;
    }

    /**
     * Whether messages go to this system as XML through its mapping: its formats, in its order of
     * preference, name application/xml (or text/xml) before application/json, and it has a mapping. XML
     * without a mapping is a format the hub cannot produce, so such a system gets canonical JSON.
     */
    public boolean prefersMappedXml() {
        if (xmlMapping == null) {
            return false;
        }
        for (String format : formats) {
            if (format.equals(JSON)) {
                return false;
            }
            if (XML.contains(format)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the signing secret; the old one stops verifying at once. Returns the new one, to show once. */
    public String rotateSigningSecret() {
        requireChannel(Channel.WEBHOOK);
        signingSecret = SigningSecret.generate();
        return signingSecret;
    }

    public void changeStatus(SystemStatus target) {
        status = target;
    }

    public void requireChannel(Channel expected) {
        if (channel != expected) {
            throw new ConflictingState("This partner system uses the " + Codes.of(channel) + " channel, not "
                    + Codes.of(expected) + ": register a new system to change channel");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public Channel channel() {
        return channel;
    }

    public String webhookUrl() {
        return webhookUrl;
    }

    public SftpLocation sftp() {
        return sftp;
    }

    public List<String> formats() {
        return List.copyOf(formats);
    }

    /** The secret in clear, for signing deliveries and for the one response that reveals it. */
    public String signingSecret() {
        return signingSecret;
    }

    public XmlMapping xmlMapping() {
        return xmlMapping;
    }

    public SystemStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
