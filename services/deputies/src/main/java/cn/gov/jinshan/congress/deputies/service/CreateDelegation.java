package cn.gov.jinshan.congress.deputies.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creates a delegation (代表团), e.g. 朱泾镇代表团. */
public record CreateDelegation(@NotBlank @Size(max = 100) String name) {}
