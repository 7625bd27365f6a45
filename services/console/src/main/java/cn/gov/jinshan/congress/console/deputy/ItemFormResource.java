package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.AttachmentUploads;
import cn.gov.jinshan.congress.console.api.DeputiesApi;
import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.SuggestionsApi;
import cn.gov.jinshan.congress.console.api.model.Bodies;
import cn.gov.jinshan.congress.console.api.model.ConstituentContacts;
import cn.gov.jinshan.congress.console.api.model.DirectoryEntry;
import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.session.Viewer;
import cn.gov.jinshan.congress.console.view.FormKeys;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The form for a new suggestion or motion: co-signers found by name, attachments, saved as a draft
 * or submitted at once. Each rendered form carries its own Idempotency-Key, so a double click
 * creates one item; a refused form comes back with the errors next to the fields and what the
 * deputy typed.
 */
@Path("/deputy/items/new")
@RolesAllowed(Viewer.DEPUTY)
@Produces(MediaType.TEXT_HTML)
public class ItemFormResource {
  private final SuggestionsApi suggestions;
  private final DeputiesApi deputies;
  private final Viewer viewer;
  private final AttachmentUploads uploads;

  public ItemFormResource(
      @RestClient SuggestionsApi suggestions,
      @RestClient DeputiesApi deputies,
      Viewer viewer,
      AttachmentUploads uploads) {
    this.suggestions = suggestions;
    this.deputies = deputies;
    this.viewer = viewer;
    this.uploads = uploads;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(
        ItemForm form, String limits, String notice, ProblemView problem);

    static native TemplateInstance cosignerResults(List<DirectoryEntry> deputies, String q);

    static native TemplateInstance cosignerChosen(String id, String name);
  }

  /**
   * The empty form, or with {@code contact} the form filled in from that constituent contact
   * (转为建议); a contact already turned into a suggestion leads to that item instead.
   */
  @GET
  public Object form(@RestQuery UUID contact) {
    if (contact == null) {
      return Templates.form(
          ItemForm.empty(FormKeys.next()), AttachmentUploads.LIMITS, null, ProblemView.NONE);
    }
    ConstituentContacts.Contact from = deputies.contact(contact).getEntity();
    if (from.suggestionId() != null) {
      return Response.seeOther(URI.create("/deputy/items/" + from.suggestionId())).build();
    }
    return Templates.form(
        ItemForm.fromContact(from, FormKeys.next()),
        AttachmentUploads.LIMITS,
        null,
        ProblemView.NONE);
  }

  @POST
  @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
  public Object create(
      @RestForm String kind,
      @RestForm String category,
      @RestForm String title,
      @RestForm String content,
      @RestForm List<String> cosigners,
      @RestForm String idempotencyKey,
      @RestForm String action,
      @RestForm String contactId,
      @RestForm("attachments") List<FileUpload> attachments) {
    ItemForm form =
        new ItemForm(
            kind,
            category,
            title,
            content,
            cosigners == null ? List.of() : cosigners,
            FormKeys.keep(idempotencyKey),
            contactId);
    Item item;
    try {
      item = suggestions.create(form.idempotencyKey(), form.toDraft());
    } catch (PlatformProblem refused) {
      if (refused.status() == 404 || refused.status() == 401 || refused.status() >= 500) {
        throw refused;
      }
      ProblemView problem = ProblemView.of(refused, ItemForm.FIELDS, Map.of());
      return Response.status(400)
          .entity(Templates.form(form, AttachmentUploads.LIMITS, problem.notice(), problem))
          .build();
    }
    // The draft exists from here on: later refusals are told on its page, not on this form.
    boolean linked = linkContact(form, item);
    String notice;
    try {
      invite(item, form);
      if (!uploads.upload(item.id(), null, form.idempotencyKey(), attachments)) {
        notice = "attachment-failed";
      } else if ("submit".equals(action)) {
        submitOnce(item);
        notice = "submitted";
      } else {
        notice = "draft-saved";
      }
    } catch (PlatformProblem refused) {
      if (refused.status() >= 500) {
        throw refused;
      }
      notice = "not-submitted";
    }
    if (!linked && ("draft-saved".equals(notice) || "submitted".equals(notice))) {
      notice = "contact-not-linked";
    }
    return Response.seeOther(URI.create("/deputy/items/" + item.id() + "?notice=" + notice))
        .build();
  }

  /** Deputies of the user's congress whose name contains {@code q} (an htmx fragment). */
  @GET
  @Path("cosigners")
  public TemplateInstance searchCosigners(@RestQuery String q) {
    String term = q == null ? "" : q.strip();
    if (term.isEmpty() || term.length() > 50) {
      return Templates.cosignerResults(List.of(), term);
    }
    List<DirectoryEntry> found =
        deputies.directory(viewer.getCongressId(), term, 10).items().stream()
            .filter(d -> !d.id().toString().equals(viewer.getDeputyId()))
            .toList();
    return Templates.cosignerResults(found, term);
  }

  /** One chosen co-signer, added to the form's list (an htmx fragment). */
  @GET
  @Path("cosigner")
  public TemplateInstance chooseCosigner(@RestQuery UUID id, @RestQuery String name) {
    return Templates.cosignerChosen(id.toString(), name == null ? "" : name);
  }

  private void invite(Item item, ItemForm form) {
    List<UUID> ids = form.cosignerIds();
    // a replayed create (double click) answers the first item, whose invitations went out
    boolean invited = !item.coSignerList().isEmpty();
    if (!ids.isEmpty() && !invited) {
      suggestions.invite(item.id(), new Bodies.InviteCoSigners(ids));
    }
  }

  /**
   * Links the constituent contact the form was made from to the new item, so the opinion can be
   * followed from the citizen to the department's reply; a replayed create finds it linked already.
   * A refusal does not undo the item: the page says the link is missing.
   */
  private boolean linkContact(ItemForm form, Item item) {
    UUID contact = form.contactUuid();
    if (contact == null) {
      return true;
    }
    try {
      var current = deputies.contact(contact);
      if (item.id().equals(current.getEntity().suggestionId())) {
        return true;
      }
      deputies.linkSuggestion(
          contact, current.getHeaderString("ETag"), new Bodies.LinkSuggestion(item.id()));
      return true;
    } catch (PlatformProblem refused) {
      if (refused.status() >= 500) {
        throw refused;
      }
      return false;
    }
  }

  /** Submits the draft unless a first click already did (a replayed create shows a DRAFT). */
  private void submitOnce(Item item) {
    try {
      suggestions.submit(item.id());
    } catch (PlatformProblem refused) {
      String state = suggestions.get(item.id()).getEntity().state();
      if (refused.status() != 409 || "DRAFT".equals(state) || "RETURNED".equals(state)) {
        throw refused;
      }
    }
  }
}
