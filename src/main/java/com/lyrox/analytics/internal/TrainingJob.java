package com.lyrox.analytics.internal;

import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retrains, every {@code lyrox.analytics.retrain-interval}, the model of each company that has
 * bought since its last training, in the company's tenant, in the background: conversions are
 * batched into one training, never on the message path. Two instances may retrain one company at
 * the same moment; both learn the same model and the later write stands.
 */
@Component
class TrainingJob {

    private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);
    private static final int PAGE = 200;

    private final Companies companies;
    private final ModelTraining training;

    TrainingJob(Companies companies, ModelTraining training) {
        this.companies = companies;
        this.training = training;
    }

    @Scheduled(fixedDelayString = "${lyrox.analytics.retrain-interval:10m}", initialDelayString = "${lyrox.analytics.retrain-interval:10m}")
    void retrainWhereBought() {
        try {
            companies.forEach(PAGE, company -> {
                try {
                    TenantContext.runAs(company.id(), null, () -> {
                        if (training.due()) {
                            training.trainAndRescore();
                        }
                    });
                } catch (RuntimeException e) {
                    log.warn("Retraining the lead model of company {} failed, retried in the next run: {}", company.id(),
                            e.toString());
                }
            });
        } catch (RuntimeException e) {
            log.warn("Listing companies to retrain failed, retried in the next run: {}", e.toString());
        }
    }
}
