package cn.gov.jinshan.congress.notifications.api.dto;

/** How many of the caller's entries are unread. */
public record UnreadCountResponse(long unread) {}
