package org.cthub.api.legislation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.legislation.DraftSubmitted;
import org.cthub.integration.legislation.LegislationSettings;
import org.cthub.integration.legislation.ReadingDrafts;
import org.cthub.integration.legislation.SubmittingDraft;
import org.cthub.persistence.legislation.DraftVersion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Draft legislation: submitted by a government partner as Akoma Ntoso, one draft per FRBR work, each
 * resubmission a new version; read back and diffed article by article by the submitter and the hub operator.
 */
@Path("/legislation/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legislation")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class LegislationDraftResource {

    static final String AKN = "application/akn+xml";
    private static final String WORD_AND_PDF = "A Word (.docx) or PDF file is sent as is too, with the work named by the "
            + "query parameters country, documentType, title, language, date, number and optionally expressionDate (see each). "
            + "Both are stored byte for byte. A .docx is also turned into Akoma Ntoso (kept with the version, GET .../akn): "
            + "Heading 1 starts a chapter, a deeper heading a section; a paragraph starting with Article N (or Articolul N, "
            + "Articol N, Art. N, Član N, Članak N) starts article art_N, when it is a heading or the number is followed by "
            + "nothing or a separator (\"Article 3. Scope\"); the text after it is the article's heading, the following "
            + "paragraphs its content. A .docx without any article is refused. A PDF has no articles: diffs with it are "
            + "refused. A zip bomb, a truncated or damaged .docx, a DOCTYPE in one of its parts, a PDF without its %PDF- "
            + "signature and an empty body are refused with 422.";

    @Inject
    SubmittingDraft submitting;

    @Inject
    ReadingDrafts reading;

    @Inject
    LegislationSettings settings;

    @Context
    SecurityContext security;

    @POST
    @Consumes({AKN, MediaType.APPLICATION_XML, DraftSubmission.DOCX, DraftSubmission.PDF})
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "submitDraft", summary = "Submit a draft law or plan of action", description = "The body is an Akoma Ntoso 3.0 document (a bill, "
            + "an act, or a doc named planOfAction), sent as is. It is parsed with no DOCTYPE, entities, XInclude or external "
            + "schema references, at most 100 elements deep and hub.legislation.max-document-bytes long (default 5 MiB), then "
            + "validated against the bundled OASIS schema. The draft's metadata comes from the document: FRBRWork/FRBRuri (work), "
            + "FRBRExpression/FRBRuri (expression), FRBRcountry, FRBRlanguage, docTitle (else FRBRname), and the type from the "
            + "document element. Every article needs an eId: versions are compared by it. The first document of a work starts "
            + "a draft of your organisation (version 1); a later document with the same work URI becomes its next version. "
            + "The document is stored byte for byte. A draft is seen by your organisation, the hub operator, and the "
            + "organisations you ask to review it. A version submitted once review began makes the draft revised, and the "
            + "reviewers get a draft-update message; an adopted or withdrawn draft takes no new version (409). " + WORD_AND_PDF)
    @RequestBody(required = true, content = {
            @Content(mediaType = AKN, schema = @Schema(type = SchemaType.STRING, description = "Akoma Ntoso 3.0 XML")),
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, description = "Akoma Ntoso 3.0 XML")),
            @Content(mediaType = DraftSubmission.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "A Word (.docx) file")),
            @Content(mediaType = DraftSubmission.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "A PDF file"))})
    @APIResponse(responseCode = "201", description = "Stored as the given version of the draft, with Location of that version",
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "The body broke off", content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = LegislationProblems.TOO_LARGE, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = LegislationProblems.UNSUPPORTED, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LegislationProblems.UNPROCESSABLE, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A version of this draft already is that expression (FRBRExpression): give the revision its own", content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Context HttpServletRequest request, @Context UriInfo uri, @BeanParam FileDraftParameters parameters) {
        DraftCaller caller = DraftCaller.of(security);
        UUID organisation = caller.organisation();
        DraftSubmitted submitted = DraftSubmission.submit(submitting, caller.actor(), organisation, request.getContentType(),
                DocumentBody.read(request, settings.maxDocumentBytes()), parameters);
        return Response.created(uri.getAbsolutePathBuilder().path(submitted.draft().id().toString())
                        .path("versions").path(Integer.toString(submitted.versionNumber())).build())
                .entity(new SubmissionView(submitted.versionNumber(), DraftView.of(submitted.draft()))).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SECRETARIAT, Roles.HUB_ADMIN})
    @Operation(operationId = "listDrafts", summary = "List drafts", description = "Your organisation's drafts and those it was asked to review (directly, or "
            + "as a member of a working group asked); the hub operator gets all. Most recently changed first. Each list is audited.")
    @APIResponse(responseCode = "200", description = "One page of drafts")
    @APIResponse(responseCode = "400", description = LegislationProblems.BAD_REQUEST, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Page<DraftView> list(
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        DraftCaller caller = DraftCaller.of(security);
        UUID scope = caller.scope();
        return new Page<>(reading.page(caller.actor(), scope, page * size, size).stream().map(DraftView::of).toList(),
                page, size, reading.count(scope));
    }

    @GET
    @Path("{draftId}")
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SECRETARIAT, Roles.HUB_ADMIN})
    @Operation(operationId = "getDraft", summary = "Read a draft", description = "Its metadata, versions and review requests. A draft your organisation "
            + "neither submitted nor was asked to review answers 404, exactly like one that does not exist. Every read is audited.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public DraftView read(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId) {
        DraftCaller caller = DraftCaller.of(security);
        return DraftView.of(reading.read(caller.actor(), caller.scope(), draftId));
    }

    @GET
    @Path("{draftId}/versions/{number}")
    @Produces({AKN, DraftSubmission.DOCX, DraftSubmission.PDF})
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SECRETARIAT, Roles.HUB_ADMIN})
    @Operation(operationId = "downloadDraftVersion", summary = "Download a version", description = "The document of one version exactly as it was submitted, "
            + "in its original format (the version's format in the draft: akn, docx or pdf), as an attachment named "
            + "draft-{number}.xml, .docx or .pdf. Every download is audited.")
    @APIResponse(responseCode = "200", description = "The document as submitted", content = {
            @Content(mediaType = AKN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DraftSubmission.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DraftSubmission.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response version(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId,
            @Parameter(description = "The version number, from 1") @PathParam("number") int number) {
        DraftCaller caller = DraftCaller.of(security);
        DraftVersion version = reading.version(caller.actor(), caller.scope(), draftId, number);
        return Response.ok(version.content(), version.mediaType()).header("Content-Disposition",
                "attachment; filename=\"draft-" + number + "." + version.format().extension() + "\"").build();
    }

    @GET
    @Path("{draftId}/versions/{number}/akn")
    @Produces(AKN)
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SECRETARIAT, Roles.HUB_ADMIN})
    @Operation(operationId = "downloadDraftVersionAsAkomaNtoso", summary = "Download a version as Akoma Ntoso", description = "The document as submitted for an Akoma Ntoso "
            + "version; for a Word version, the Akoma Ntoso the hub generated from it at submission (the one its articles "
            + "and diffs come from). A PDF version has none: 422. Every download is audited.")
    @APIResponse(responseCode = "200", description = "The Akoma Ntoso document", content = @Content(mediaType = AKN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LegislationProblems.NO_AKN, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response versionAsAkomaNtoso(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId,
            @Parameter(description = "The version number, from 1") @PathParam("number") int number) {
        DraftCaller caller = DraftCaller.of(security);
        return Response.ok(reading.version(caller.actor(), caller.scope(), draftId, number).akomaNtoso(), AKN).build();
    }

    @GET
    @Path("{draftId}/diff")
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SECRETARIAT, Roles.HUB_ADMIN})
    @Operation(operationId = "compareDraftVersions", summary = "Compare two versions", description = "Articles matched by eId: added (only in to), removed (only in "
            + "from), changed (in both, and the article's whole text differs once white space is normalised), each with its "
            + "number, heading and text (old and new text for a changed one), and the comments the submitter marked addressed "
            + "in the versions after the older one up to the newer one. Any two versions compare, either way round. "
            + "A PDF version has no articles: comparing it is refused with 422. Every diff is audited.")
    @APIResponse(responseCode = "200", description = "The differences", content = @Content(schema = @Schema(implementation = DiffView.class)))
    @APIResponse(responseCode = "400", description = LegislationProblems.BAD_REQUEST, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LegislationProblems.NO_ARTICLES, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public DiffView diff(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId,
            @Parameter(description = "The older version's number", example = "1") @QueryParam("from") @NotNull @Min(1) Integer from,
            @Parameter(description = "The newer version's number", example = "2") @QueryParam("to") @NotNull @Min(1) Integer to) {
        DraftCaller caller = DraftCaller.of(security);
        return DiffView.of(draftId, from, to, reading.diff(caller.actor(), caller.scope(), draftId, from, to));
    }
}
