package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.cthub.integration.delivery.sftp.SftpEndpoints;
import org.cthub.integration.delivery.sftp.SftpSettings;
import org.cthub.integration.support.CamelBootstrap;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.support.HubException;

/**
 * Collects report files NGOs drop on their own SFTP location (the location of an active SFTP partner system):
 * a file at {@code <path>/reports/<profileId>/<workingGroupId>/<name>.csv|.xlsx|.json|.xml} is a new report of
 * the system's organisation through that profile, to that working group, exactly as if uploaded with
 * {@code POST /reports}. Once taken, the file moves to {@code reports/.imported/} (its name prefixed with the time);
 * a refused one moves to {@code reports/.refused/}, with a {@code <name>.reason.txt} beside it saying why and what to do. The hub reads with its own SSH key
 * and strict known_hosts, like its drops. Upload a file as {@code <name>.part} and rename it when complete; the hub
 * renames a file before reading it, so of several nodes only one takes it. A file is streamed into the intake folder (capped like an upload), never
 * held in memory, and nothing of its content is logged.
 */
@ApplicationScoped
public class ReportSftpIntake {

    static final String FOLDER = "reports";
    static final String IMPORTED = ".imported";
    static final String REFUSED = ".refused";
    private static final Logger LOG = Logger.getLogger(ReportSftpIntake.class.getName());
    private static final int MAX_FILES_PER_ROUND = 20;

    @Inject
    PartnerSystems systems;

    @Inject
    SftpEndpoints endpoints;

    @Inject
    SftpSettings sftp;

    @Inject
    ReportSettings settings;

    @Inject
    SubmittingReport submitting;

    @Inject
    ReportImports imports;

    @Inject
    CamelBootstrap camel;

    /** One round over every active SFTP system; returns how many files were taken. A system that fails is tried next round. */
    public int collect() {
        if (!Files.isReadable(sftp.knownHostsFile())) {
            return 0; // no host can be trusted: nothing is read
        }
        int taken = 0;
        for (PartnerSystem system : systems.activeSftp()) {
            try {
                taken += collect(system);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Report files of partner system {0} not collected this round: {1}",
                        new Object[] {system.id(), e.getClass().getSimpleName()});
            }
        }
        return taken;
    }

    private int collect(PartnerSystem system) {
        ConsumerTemplate consumer = camel.context().createConsumerTemplate();
        try {
            String uri = endpoints.uri(system.sftp(), FOLDER, consumerOptions());
            int taken = 0;
            for (int n = 0; n < MAX_FILES_PER_ROUND; n++) {
                Exchange exchange = consumer.receiveNoWait(uri);
                if (exchange == null) {
                    break;
                }
                try {
                    take(system, exchange);
                    taken++;
                } catch (RuntimeException e) {
                    exchange.setException(e); // moveFailed: the file goes to .refused/
                } finally {
                    consumer.doneUoW(exchange);
                }
            }
            return taken;
        } finally {
            try {
                consumer.stop();
            } catch (RuntimeException e) {
                LOG.fine("consumer stop: " + e.getClass().getSimpleName());
            }
        }
    }

    private static Map<String, String> consumerOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("recursive", "true");
        options.put("minDepth", "3"); // reports/<profileId>/<workingGroupId>/<file>
        options.put("maxDepth", "3");
        options.put("include", "(?i).*\\.(csv|xlsx|json|xml)");
        // the file is renamed on the server before it is read: of several nodes polling, one takes it; a file still being
        // written is to be uploaded as *.part and renamed when complete (the include pattern skips it until then)
        options.put("readLock", "rename");
        options.put("streamDownload", "true");
        // relative to reports/, below the depth polled
        options.put("move", IMPORTED + "/${date:now:yyyyMMdd'T'HHmmss}-${file:onlyname}");
        options.put("moveFailed", REFUSED + "/${file:onlyname}");
        return options;
    }

    private void take(PartnerSystem system, Exchange exchange) {
        String relative = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        String[] parts = relative == null ? new String[0] : relative.split("/");
        UUID profile;
        UUID workingGroup;
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException();
            }
            profile = UUID.fromString(parts[0]);
            workingGroup = UUID.fromString(parts[1]);
        } catch (IllegalArgumentException e) {
            refused(system, parts.length == 0 ? null : parts[parts.length - 1], "the folders must be reports/<profileId>/<workingGroupId>/ (ids from GET /reports/profiles and "
                    + "GET /working-groups)");
            throw new HubRefusal("misplaced");
        }
        Path spooled = null;
        try {
            spooled = spool(exchange);
            ReportSubmitted submitted = submitting.submit("sftp:" + system.id(), system.organisationId(), profile, workingGroup, spooled,
                    Files.size(spooled));
            spooled = null; // kept under the version's id
            imports.enqueue(submitted.versionId());
            LOG.log(Level.INFO, "Report file from partner system {0} taken as report {1} version {2}",
                    new Object[] {system.id(), submitted.reportId(), submitted.versionNumber()});
        } catch (HubException e) {
            refused(system, parts[2], e.getMessage());
            throw e;
        } catch (IOException e) {
            refused(system, parts[2], "the file could not be read whole: drop it again");
            throw new HubRefusal("unreadable");
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    LOG.fine("spool left: " + e.getClass().getSimpleName());
                }
            }
        }
    }

    /** Streams the remote file into the intake folder, at most the upload cap, as an upload is. */
    private Path spool(Exchange exchange) throws IOException {
        long max = settings.maxUploadBytes();
        Path file;
        try (InputStream in = exchange.getMessage().getMandatoryBody(InputStream.class)) {
            file = ReportIntake.spool(in, settings.intakeFolder(), max);
        } catch (ReportIntake.TooLarge e) {
            throw new HubRefusal("the file is larger than " + max + " bytes (HUB_REPORTS_MAX_UPLOAD_BYTES): split it, or ask the hub "
                    + "operator to raise the cap");
        } catch (org.apache.camel.InvalidPayloadException e) {
            throw new IOException(e);
        }
        if (Files.size(file) == 0) {
            Files.deleteIfExists(file);
            throw new HubRefusal("the file is empty");
        }
        return file;
    }

    /** Audits the refusal, and tells the NGO why beside the refused file. */
    private void refused(PartnerSystem system, String fileName, String reason) {
        submitting.recordRefusedFile("sftp:" + system.id(), system.organisationId(), system.id(), reason);
        if (fileName == null) {
            return;
        }
        try (ProducerTemplate producer = camel.context().createProducerTemplate()) {
            producer.sendBodyAndHeader(endpoints.uri(system.sftp(), FOLDER + "/" + REFUSED, Map.of("autoCreate", "true")),
                    ("Not imported: " + reason + "\n").getBytes(StandardCharsets.UTF_8), Exchange.FILE_NAME, fileName + ".reason.txt");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Refusal reason not written for partner system {0}: {1}", new Object[] {system.id(), e.getClass().getSimpleName()});
        }
    }

    /** A file the hub does not take, for a reason the NGO is told. */
    static final class HubRefusal extends HubException {
        HubRefusal(String message) {
            super("report-file-refused", message);
        }
    }
}
