package cn.gov.jinshan.congress.audit.service;

import java.time.LocalDate;

/** How many entries of one event type a congress has on one day. */
public record DailyCount(LocalDate day, String type, long count) {}
