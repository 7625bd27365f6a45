package cn.gov.jinshan.congress.deputies.domain;

/** The fields a deputy edits on their own record. */
public record DeputyProfile(String phone, String email, String occupation, String biography) {}
