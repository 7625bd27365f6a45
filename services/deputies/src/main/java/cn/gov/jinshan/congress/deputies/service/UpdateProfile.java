package cn.gov.jinshan.congress.deputies.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The profile fields a deputy maintains themselves. */
public record UpdateProfile(
    @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
    @Email @Size(max = 100) String email,
    @Size(max = 200) String occupation,
    @Size(max = 2000) String biography) {}
