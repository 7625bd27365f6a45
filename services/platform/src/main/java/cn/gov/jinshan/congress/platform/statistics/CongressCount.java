package cn.gov.jinshan.congress.platform.statistics;

/**
 * A count of something in one congress under one key (a status, a kind, a grade, a figure), the row
 * every statistics query returns so that a congress and its towns can be summed alike.
 */
public record CongressCount(String congressId, String key, long count) {}
