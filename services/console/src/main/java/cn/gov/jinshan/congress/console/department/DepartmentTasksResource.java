package cn.gov.jinshan.congress.console.department;

import cn.gov.jinshan.congress.console.api.AttachmentUploads;
import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.SuggestionsApi;
import cn.gov.jinshan.congress.console.api.model.Bodies;
import cn.gov.jinshan.congress.console.api.model.Dossier;
import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.api.model.Reply;
import cn.gov.jinshan.congress.console.api.model.Task;
import cn.gov.jinshan.congress.console.deputy.Timeline;
import cn.gov.jinshan.congress.console.session.Viewer;
import cn.gov.jinshan.congress.console.view.Fmt;
import cn.gov.jinshan.congress.console.view.FormKeys;
import cn.gov.jinshan.congress.console.view.Notices;
import cn.gov.jinshan.congress.console.view.ProblemView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A handling unit's work: the task list by deadline, and on a task's page signing for it, sending
 * it back with a reason, recording a contact with the deputy, posting the reply with its files,
 * asking for a later deadline (the lead unit) and giving a co-handler's opinion.
 */
@Path("/department")
@RolesAllowed(Viewer.DEPARTMENT)
@Produces(MediaType.TEXT_HTML)
public class DepartmentTasksResource {
  private static final Set<String> CONTACT_FIELDS = Set.of("contactedOn", "way", "summary");
  private static final Set<String> REPLY_FIELDS =
      Set.of("replyClass", "content", "publishable", "promisedOn", "signedBy");
  private static final Set<String> EXTENSION_FIELDS = Set.of("newDueOn", "extensionReason");
  private static final Set<String> OPINION_FIELDS = Set.of("opinion");

  private final SuggestionsApi suggestions;
  private final Viewer viewer;
  private final AttachmentUploads uploads;

  public DepartmentTasksResource(
      @RestClient SuggestionsApi suggestions, Viewer viewer, AttachmentUploads uploads) {
    this.suggestions = suggestions;
    this.viewer = viewer;
    this.uploads = uploads;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance tasks(List<TaskRow> rows, String nextPageToken, String notice);

    static native TemplateInstance task(
        TaskSheet sheet,
        Map<String, String> typed,
        String limits,
        String notice,
        ProblemView problem);
  }

  @GET
  public Response home() {
    return Response.seeOther(URI.create("/department/tasks")).build();
  }

  @GET
  @Path("tasks")
  public TemplateInstance tasks(@RestQuery String pageToken, @RestQuery String notice) {
    var page =
        suggestions.page(
            "dueOn",
            TaskRow.PAGE_SIZE,
            pageToken == null || pageToken.isBlank() ? null : pageToken);
    LocalDate today = LocalDate.now(Fmt.ZONE);
    return Templates.tasks(
        TaskRow.openFirst(page.items(), today), page.nextPageToken(), Notices.text(notice));
  }

  @GET
  @Path("tasks/{id}")
  public TemplateInstance task(@RestPath UUID id, @RestQuery String notice) {
    return Templates.task(
        sheet(id), Map.of(), AttachmentUploads.LIMITS, Notices.text(notice), ProblemView.NONE);
  }

  @POST
  @Path("tasks/{id}/sign-for")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object signFor(@RestPath UUID id) {
    TaskSheet sheet = sheet(id);
    return act(
        id,
        sheet,
        Map.of(),
        Set.of(),
        Map.of(),
        () -> {
          suggestions.signFor(id, myTask(sheet).id());
          return "signed";
        });
  }

  @POST
  @Path("tasks/{id}/send-back")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object sendBack(@RestPath UUID id, @RestForm String reason) {
    TaskSheet sheet = sheet(id);
    return act(
        id,
        sheet,
        Map.of("reason", nonNull(reason)),
        Set.of("reason"),
        Map.of(),
        () -> {
          suggestions.sendBack(id, myTask(sheet).id(), new Bodies.SendBack(reason));
          return "sent-back";
        });
  }

  @POST
  @Path("tasks/{id}/contacts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object recordContact(
      @RestPath UUID id,
      @RestForm String contactedOn,
      @RestForm String way,
      @RestForm String summary) {
    TaskSheet sheet = sheet(id);
    Map<String, String> typed =
        Map.of(
            "contactedOn", nonNull(contactedOn), "way", nonNull(way), "summary", nonNull(summary));
    return act(
        id,
        sheet,
        typed,
        CONTACT_FIELDS,
        Map.of(),
        () -> {
          suggestions.recordContact(
              id, new Bodies.RecordContact(date(contactedOn), blankToNull(way), summary));
          return "contact-recorded";
        });
  }

  @POST
  @Path("tasks/{id}/replies")
  @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
  public Object reply(
      @RestPath UUID id,
      @RestForm String replyClass,
      @RestForm String content,
      @RestForm String publishable,
      @RestForm String promisedOn,
      @RestForm String signedBy,
      @RestForm String idempotencyKey,
      @RestForm("attachments") List<FileUpload> attachments) {
    TaskSheet sheet = sheet(id);
    String key = FormKeys.keep(idempotencyKey);
    Map<String, String> typed =
        Map.of(
            "replyClass", nonNull(replyClass),
            "content", nonNull(content),
            "publishable", nonNull(publishable),
            "promisedOn", nonNull(promisedOn),
            "signedBy", nonNull(signedBy),
            "idempotencyKey", key);
    return act(
        id,
        sheet,
        typed,
        REPLY_FIELDS,
        Map.of("text", "content"),
        () -> {
          Reply reply =
              suggestions.reply(
                  id,
                  new Bodies.PostReply(
                      blankToNull(replyClass),
                      content,
                      "true".equals(publishable),
                      date(promisedOn),
                      signedBy));
          // the reply stands even when a file is refused: the page says so
          return uploads.upload(id, reply.id(), key, attachments)
              ? "replied"
              : "replied-attachment-failed";
        });
  }

  /** More files for a reply the deputy has not evaluated yet. */
  @POST
  @Path("tasks/{id}/replies/{replyId}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response attachToReply(
      @RestPath UUID id,
      @RestPath UUID replyId,
      @RestForm String idempotencyKey,
      @RestForm("attachments") List<FileUpload> attachments) {
    boolean all = uploads.upload(id, replyId, FormKeys.keep(idempotencyKey), attachments);
    return done(id, all ? "attached" : "attachment-refused");
  }

  @POST
  @Path("tasks/{id}/extension-requests")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object requestExtension(
      @RestPath UUID id, @RestForm String newDueOn, @RestForm String extensionReason) {
    TaskSheet sheet = sheet(id);
    Map<String, String> typed =
        Map.of("newDueOn", nonNull(newDueOn), "extensionReason", nonNull(extensionReason));
    return act(
        id,
        sheet,
        typed,
        EXTENSION_FIELDS,
        Map.of("reason", "extensionReason"),
        () -> {
          suggestions.requestExtension(
              id, new Bodies.RequestExtension(date(newDueOn), extensionReason));
          return "extension-requested";
        });
  }

  @POST
  @Path("tasks/{id}/opinion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object giveOpinion(@RestPath UUID id, @RestForm String opinion) {
    TaskSheet sheet = sheet(id);
    return act(
        id,
        sheet,
        Map.of("opinion", nonNull(opinion)),
        OPINION_FIELDS,
        Map.of("text", "opinion"),
        () -> {
          suggestions.opinion(id, myTask(sheet).id(), new Bodies.Opinion(opinion));
          return "opinion-given";
        });
  }

  /**
   * Runs one step, which answers the notice to show after it; a refusal shows the task page again
   * with the errors and what was typed.
   */
  private Object act(
      UUID id,
      TaskSheet before,
      Map<String, String> typed,
      Set<String> fields,
      Map<String, String> renames,
      Supplier<String> step) {
    try {
      return done(id, step.get());
    } catch (PlatformProblem refused) {
      if (refused.status() == 404 || refused.status() == 401 || refused.status() >= 500) {
        throw refused;
      }
      ProblemView problem = ProblemView.of(refused, fields, renames);
      TaskSheet now = refused.status() == 412 || refused.status() == 409 ? sheet(id) : before;
      return Response.status(refused.status() == 412 ? 409 : 400)
          .entity(Templates.task(now, typed, AttachmentUploads.LIMITS, problem.notice(), problem))
          .build();
    }
  }

  private static Response done(UUID id, String notice) {
    return Response.seeOther(URI.create("/department/tasks/" + id + "?notice=" + notice)).build();
  }

  private TaskSheet sheet(UUID id) {
    Dossier dossier = suggestions.dossier(id).getEntity();
    Item item = dossier.item();
    Task mine =
        item.taskList().stream()
            .filter(
                t -> t.departmentId() != null && t.departmentId().equals(viewer.getDepartmentId()))
            .filter(t -> !"WITHDRAWN".equals(t.state()))
            .findFirst()
            .orElse(null);
    boolean lead = mine != null && "LEAD".equals(mine.role());
    return new TaskSheet(
        item,
        mine,
        dossier.contacts(),
        dossier.replies(),
        Timeline.of(item, dossier.contacts(), dossier.replies()),
        dossier.attachments(),
        lead ? suggestions.extensions(id) : List.of(),
        FormKeys.next(),
        LocalDate.now(Fmt.ZONE));
  }

  private static Task myTask(TaskSheet sheet) {
    if (sheet.task() == null) {
      throw new PlatformProblem(404, null);
    }
    return sheet.task();
  }

  /** A date as the form's date field sends it; anything else goes to the API as absent. */
  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
