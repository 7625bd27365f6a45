package cn.gov.jinshan.congress.notifications.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A department's subscription: where to send (https, a host on the allow-list) and which event
 * types (their wire names, e.g. {@code suggestion.assigned}).
 */
public record CreateWebhookSubscription(
    @NotBlank @Size(max = 2000) String url,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> eventTypes) {}
