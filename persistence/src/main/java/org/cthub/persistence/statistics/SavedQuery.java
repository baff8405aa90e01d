package org.cthub.persistence.statistics;

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
 * A shared-data query an organisation saved, as DHIS2 aggregate data exchanges do: a dataset, its dimensions
 * and filters, a rolling period (the last N months up to the month of the run) and a schedule. Each run is
 * numbered and its protected result reaches the organisation's systems through the delivery outbox, computed
 * when it is handed over under the scope the query was saved with (a secretariat's working groups, or a
 * partner's own data). Deleting it stops its runs; the record stays for the deliveries that name it.
 */
@Entity
@Table(name = "saved_query")
public class SavedQuery {

    /** Whose data its runs count. */
    public enum Scope { SECRETARIAT, PARTNER }

    public static final int NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisation;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = 20, updatable = false)
    private String dataset;

    @Column(nullable = false, length = 100, updatable = false)
    private String dimensions;

    @Column(nullable = false, length = 1000, updatable = false)
    private String filters;

    @Column(name = "last_months", nullable = false, updatable = false)
    private int lastMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Schedule schedule;

    @Column(name = "next_run_at")
    private Instant nextRunAt;

    @Column(name = "run_count", nullable = false)
    private int runCount;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean deleted;

    @Version
    private long version;

    protected SavedQuery() {
    }

    public SavedQuery(UUID organisation, String name, String dataset, String dimensions, String filters, int lastMonths, Scope scope,
            Schedule schedule, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.name = name;
        this.dataset = dataset;
        this.dimensions = dimensions;
        this.filters = filters;
        this.lastMonths = lastMonths;
        this.scope = scope;
        this.schedule = schedule;
        this.nextRunAt = schedule.nextAfter(now);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Numbers the next run; a scheduled one also moves the schedule on. */
    public int run(Instant now, boolean scheduled) {
        if (scheduled) {
            nextRunAt = schedule.nextAfter(now);
        }
        return ++runCount;
    }

    public void delete() {
        deleted = true;
        nextRunAt = null;
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

    public String dataset() {
        return dataset;
    }

    /** Dimension codes, comma-separated, rows first. */
    public String dimensions() {
        return dimensions;
    }

    /** Filters as {@code dimension=value} pairs separated by {@code ;}, empty for none. */
    public String filters() {
        return filters;
    }

    public int lastMonths() {
        return lastMonths;
    }

    public Scope scope() {
        return scope;
    }

    public Schedule schedule() {
        return schedule;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }

    public int runCount() {
        return runCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean deleted() {
        return deleted;
    }
}
