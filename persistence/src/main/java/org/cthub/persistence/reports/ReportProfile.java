package org.cthub.persistence.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * How one organisation's report layout maps onto a template. Owned by the organisation; removing it keeps
 * the row (report versions imported with it still name it) but hides it from every read.
 */
@Entity
@Table(name = "report_profile")
public class ReportProfile {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisation;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "template_name", nullable = false, length = 50)
    private String templateName;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false, length = 20)
    private FileFormat format;

    @Column(name = "encoding", nullable = false, length = 30)
    private String encoding;

    @Column(name = "delimiter", length = 1)
    private String delimiter;

    @Column(name = "sheet_name", length = 100)
    private String sheetName;

    @Column(name = "date_format", length = 50)
    private String dateFormat;

    @Column(name = "thousands_separator", length = 1)
    private String thousandsSeparator;

    @Column(name = "columns_json", nullable = false, length = 100000)
    private String columnsJson;

    @Column(name = "value_mappings_json", nullable = false, length = 1000000)
    private String valueMappingsJson;

    @Column(name = "removed", nullable = false)
    private boolean removed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportProfile() {
    }

    public ReportProfile(UUID organisation, String name, ProfileLayout layout, Instant now) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.createdAt = now;
        change(name, layout, now);
    }

    public final void change(String newName, ProfileLayout layout, Instant now) {
        this.name = newName;
        this.templateName = layout.templateName();
        this.templateVersion = layout.templateVersion();
        this.format = layout.format();
        this.encoding = layout.encoding();
        this.delimiter = layout.delimiter();
        this.sheetName = layout.sheetName();
        this.dateFormat = layout.dateFormat();
        this.thousandsSeparator = layout.thousandsSeparator();
        this.columnsJson = layout.columnsJson();
        this.valueMappingsJson = layout.valueMappingsJson();
        this.updatedAt = now;
    }

    public void remove(Instant now) {
        this.removed = true;
        this.updatedAt = now;
    }

    public boolean isVisibleTo(UUID caller) {
        return !removed && (caller == null || organisation.equals(caller));
    }

    public ProfileLayout layout() {
        return new ProfileLayout(templateName, templateVersion, format, encoding, delimiter, sheetName, dateFormat,
                thousandsSeparator, columnsJson, valueMappingsJson);
    }

    public UUID id() {
        return id;
    }

    public UUID organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
