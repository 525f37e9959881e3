package com.lyrox.platform.persistence;

import com.lyrox.platform.StoreSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Every health indicator answers within {@code lyrox.stores.health-timeout}, a store that hangs
 * reporting DOWN: {@code /actuator/health} says which store is down instead of hanging with it.
 */
@Configuration(proxyBeanMethods = false)
class HealthTimeLimits {

    @Bean
    static BeanPostProcessor timeLimitedHealthIndicators(ObjectProvider<StoreSettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HealthIndicator indicator && !(bean instanceof TimeLimitedHealthIndicator)) {
                    return new TimeLimitedHealthIndicator(indicator, settings.getObject().healthTimeout());
                }
                if (bean instanceof ReactiveHealthIndicator indicator) {
                    return timeLimited(indicator, settings.getObject());
                }
                return bean;
            }
        };
    }

    private static ReactiveHealthIndicator timeLimited(ReactiveHealthIndicator indicator, StoreSettings settings) {
        return new ReactiveHealthIndicator() {
            @Override
            public Mono<Health> health(boolean includeDetails) {
                return indicator.health(includeDetails).timeout(settings.healthTimeout(), Mono.fromSupplier(() ->
                        Health.down().withDetail("error", "No answer within " + settings.healthTimeout()).build()));
            }

            @Override
            public Mono<Health> health() {
                return health(true);
            }
        };
    }
}
