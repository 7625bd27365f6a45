package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a topic planned by mistake is withdrawn from the plan. */
public record CancelTopic(@NotBlank @Size(max = 2000) String reason) {}
