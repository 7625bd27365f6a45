package cn.gov.jinshan.congress.notifications.api;

import cn.gov.jinshan.congress.notifications.api.dto.WebhookDeliveryResponse;
import cn.gov.jinshan.congress.notifications.api.dto.WebhookSubscriptionResponse;
import cn.gov.jinshan.congress.notifications.service.CreateWebhookSubscription;
import cn.gov.jinshan.congress.notifications.service.WebhookSubscriptions;
import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A department's webhook subscriptions: its own system receives the events that concern the
 * department, signed (Standard Webhooks). Only the department role, for its own department
 * (department_id) in its own congress; another's subscription is absent (404).
 */
@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DEPARTMENT)
@Tag(name = "Webhooks", description = "承办单位业务系统的事件推送 (Standard Webhooks)")
public class WebhookSubscriptionResource {
  private final WebhookSubscriptions subscriptions;
  private final IdempotentRequests idempotent;

  public WebhookSubscriptionResource(
      WebhookSubscriptions subscriptions, IdempotentRequests idempotent) {
    this.subscriptions = subscriptions;
    this.idempotent = idempotent;
  }

  @POST
  @Operation(
      summary = "Subscribe the department's system",
      description =
          "URL (https, a host on the service's allow-list; redirects are never followed) and"
              + " event types (suggestion.assigned, suggestion.sent_back,"
              + " suggestion.contact_recorded, suggestion.replied, suggestion.evaluated,"
              + " suggestion.closed, suggestion.due_soon, suggestion.overdue,"
              + " suggestion.key_supervision_marked, suggestion.extension_decided). The answer"
              + " carries the signing secret (whsec_…) this once; it is never shown again, also"
              + " not when the request is replayed with its Idempotency-Key.")
  public Response create(
      @Valid @NotNull CreateWebhookSubscription request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    // The stored answer of an Idempotency-Key holds no secret: a replay answers without it.
    AtomicReference<String> secret = new AtomicReference<>();
    Response answer =
        idempotent.create(
            idempotencyKey,
            request,
            () -> {
              WebhookSubscriptions.Created created = subscriptions.create(request);
              secret.set(created.secret());
              return Answers.created(
                      uri,
                      created.subscription().id(),
                      WebhookSubscriptionResponse.from(created.subscription()))
                  .noStore()
                  .build();
            });
    if (secret.get() == null) {
      return answer;
    }
    WebhookSubscriptionResponse shown = (WebhookSubscriptionResponse) answer.getEntity();
    return Answers.created(
            answer.getLocation(),
            new WebhookSubscriptionResponse(
                shown.id(),
                shown.departmentId(),
                shown.url(),
                shown.eventTypes(),
                shown.status(),
                shown.consecutiveFailures(),
                shown.createdAt(),
                shown.disabledAt(),
                shown.disabledReason(),
                secret.get()))
        .noStore()
        .build();
  }

  @GET
  @Operation(summary = "The department's subscriptions", description = "Oldest first; no secrets.")
  public List<WebhookSubscriptionResponse> list() {
    return subscriptions.list().stream().map(WebhookSubscriptionResponse::from).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One subscription", description = "Without its secret.")
  public WebhookSubscriptionResponse get(@PathParam("id") UUID id) {
    return WebhookSubscriptionResponse.from(subscriptions.get(id));
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      summary = "Unsubscribe",
      description = "The subscription, its queued deliveries and its log are removed.")
  public Response delete(@PathParam("id") UUID id) {
    subscriptions.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/reactivation")
  @Operation(
      summary = "Enable a disabled subscription again",
      description =
          "With a clean failure count; the deliveries that waited while it was disabled are sent"
              + " at once.")
  public WebhookSubscriptionResponse reactivate(@PathParam("id") UUID id) {
    return WebhookSubscriptionResponse.from(subscriptions.reactivate(id));
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      summary = "The delivery log",
      description =
          "Newest first, each with every attempt (status code, duration, error). Keyset paged:"
              + " pass nextPageToken back as pageToken.")
  public Page<WebhookDeliveryResponse> deliveries(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") @Size(max = 200) String pageToken) {
    int size = Keyset.limit(limit);
    Long after = Keyset.read(pageToken, KeyType.NUMBER).number(0);
    return Page.of(
        subscriptions.deliveries(id, after, Keyset.fetchSize(size)),
        size,
        WebhookDeliveryResponse::from,
        d -> Keyset.token(d.seq()));
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/redeliver")
  @Operation(
      summary = "Send a delivery again",
      description =
          "Whatever came of it before: it is due at once, with the same webhook-id, and has"
              + " another day of retries.")
  public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
    return Answers.of(
            Response.Status.ACCEPTED,
            WebhookDeliveryResponse.from(subscriptions.redeliver(id, deliveryId)))
        .build();
  }
}
