package com.lyrox.platform.persistence;

import com.lyrox.platform.StoreSettings;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Wires the tenant into Hibernate ({@code @TenantId}) and into every JDBC connection (RLS), and
 * takes a connection only when a transaction first talks to the database.
 */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenantIdentifierResolverCustomizer() {
        return properties -> properties.put(
                MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantIdentifierResolver());
    }

    @Bean
    static BeanPostProcessor tenantAwareDataSourcePostProcessor(ObjectProvider<StoreSettings> settings,
                                                               ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof LazyConnectionDataSourceProxy)) {
                    // Lazy: a transaction that finds what it needs in a cache never takes a connection, so
                    // it costs the database nothing (no tenant to bind, no commit).
                    return new LazyConnectionDataSourceProxy(new TenantAwareDataSource(dataSource,
                            settings.getObject().databaseQueueTimeout(), StoreCallMetrics.postgresqlCalls(meters.getObject())));
                }
                return bean;
            }
        };
    }
}
