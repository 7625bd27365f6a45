package cn.gov.jinshan.congress.deputies.config;

import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** Weights of the performance score (履职积分) per activity kind; a missing kind weighs 0. */
@ConfigMapping(prefix = "deputies.performance")
public interface PerformanceConfig {
  Map<ActivityKind, Integer> weights();
}
