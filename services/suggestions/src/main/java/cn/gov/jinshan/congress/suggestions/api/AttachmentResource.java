package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.api.dto.AttachmentResponse;
import cn.gov.jinshan.congress.suggestions.domain.Attachment;
import cn.gov.jinshan.congress.suggestions.service.AttachmentService;
import cn.gov.jinshan.congress.suggestions.service.AttachmentService.Download;
import cn.gov.jinshan.congress.suggestions.service.AttachmentService.Upload;
import cn.gov.jinshan.congress.suggestions.service.SuggestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Attachments of an item and of its replies (附件). */
@Path("/api/v1/suggestions/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class AttachmentResource {
  private final AttachmentService attachments;
  private final IdempotentRequests idempotent;
  private final SuggestionService items;

  public AttachmentResource(
      AttachmentService attachments, IdempotentRequests idempotent, SuggestionService items) {
    this.attachments = attachments;
    this.idempotent = idempotent;
    this.items = items;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT})
  @Operation(
      summary = "Attach a file (PDF, PNG, JPEG)",
      description =
          "multipart/form-data with the file in part \"file\". Without replyId the lead deputy"
              + " attaches to the item while it is DRAFT or RETURNED; with replyId the department"
              + " that gave the reply attaches to it until it is evaluated. The type is recognised"
              + " from the content (415 otherwise), the size is limited (413), and so is the"
              + " number of files per item (422). Honours Idempotency-Key.")
  public Response attach(
      @PathParam("id") UUID id,
      @RestForm("file") FileUpload file,
      @RestForm("replyId") String replyId,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
    if (file == null) {
      throw ProblemException.badRequest("attachment.file-missing");
    }
    if (file.size() > attachments.maxBytes()) {
      throw attachments.tooLarge(file.size());
    }
    Upload upload = Upload.of(file.fileName(), read(file));
    UUID reply = replyId == null || replyId.isBlank() ? null : uuid(replyId);
    Map<String, Object> fingerprint =
        Map.of(
            "fileName", String.valueOf(file.fileName()),
            "sha256", upload.sha256(),
            "replyId", String.valueOf(reply));
    return idempotent.create(
        idempotencyKey,
        fingerprint,
        () -> {
          Attachment attachment = attachments.attach(id, reply, upload);
          AttachmentResponse body = AttachmentResponse.from(attachment);
          return SuggestionResource.withItem(
              Answers.created(URI.create(body.href()), body), id, items.versionOf(id));
        });
  }

  @GET
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "The attachments of the item and its replies, oldest first")
  public List<AttachmentResponse> list(@PathParam("id") UUID id) {
    return attachments.of(id).stream().map(AttachmentResponse::from).toList();
  }

  @GET
  @Path("/{attachmentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "The file itself",
      description =
          "Served as a download with its recognised type, to whoever may read the item (404"
              + " otherwise, as for the item).")
  public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
    Download download = attachments.download(id, attachmentId);
    Attachment a = download.attachment();
    return Response.ok(download.content(), a.mediaType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded(a.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-cache")
        .tag(new EntityTag(a.sha256()))
        .build();
  }

  private static byte[] read(FileUpload file) {
    try {
      return Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("attachment.reply-id", value);
    }
  }

  /** RFC 5987 encoding: Chinese file names survive every browser. */
  private static String encoded(String fileName) {
    return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
