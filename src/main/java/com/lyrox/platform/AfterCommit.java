package com.lyrox.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs a step once the current transaction commits, or at once outside a transaction. */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable step) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            step.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                step.run();
            }
        });
    }
}
