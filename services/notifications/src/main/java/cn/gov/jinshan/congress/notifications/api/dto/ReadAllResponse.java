package cn.gov.jinshan.congress.notifications.api.dto;

/** The entries that were unread and are read now. */
public record ReadAllResponse(int marked) {}
