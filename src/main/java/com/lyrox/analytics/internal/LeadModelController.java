package com.lyrox.analytics.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.analytics.AnalyticsSettings;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The company's lead-scoring model: what it learned, how well it ranks, and training it now. */
@RestController
@Tag(name = "Analytics", description = "Lead scoring learned from the company's own sales")
class LeadModelController {

    /** A feature's weight, in words. */
    @Schema(name = "LeadModelWeight")
    record WeightView(@Schema(example = "buying_intents") String feature,
                      @Schema(example = "said they want to buy") String description,
                      @Schema(description = "Log-odds per unit of the feature (counts on a log scale): + makes buying likelier",
                              example = "1.42") double weight) {
    }

    /** What scores customers now. */
    @Schema(name = "LeadModel")
    record View(@Schema(description = "PRIOR (points only), BLENDED (learned and points, by the conversions) or LEARNED",
                        example = "BLENDED") String kind,
                @Schema(description = "Share of the score from the learned model, 0–1", example = "0.4") double learnedShare,
                @Schema(example = "412") int customers, @Schema(example = "12") int conversions,
                @Schema(description = "Area under the ROC curve on the newest customers held out of training (0.5: chance)",
                        example = "0.81") Double auc,
                @Schema(description = "Brier score on the held-out customers (0: perfect calibration)", example = "0.12") Double brier,
                @Schema(description = "Customers held out to measure it", example = "103") int holdout,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant trainedAt, int trainingCount,
                List<WeightView> weights,
                @Schema(description = "Conversions before a model is learned", example = "5") int minConversions,
                @Schema(description = "Conversions from which the learned model alone scores", example = "30") int fullTrustAt) {
    }

    private final LeadModels models;
    private final ModelTraining training;
    private final AnalyticsSettings settings;

    LeadModelController(LeadModels models, ModelTraining training, AnalyticsSettings settings) {
        this.models = models;
        this.training = training;
        this.settings = settings;
    }

    @GetMapping("/api/v1/analytics/lead-model")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "The lead-scoring model: kind, held-out AUC and Brier score, the features' weights")
    View model() {
        return models.find().map(this::view).orElseGet(() -> new View("PRIOR", 0, 0, 0, null, null, 0, null, 0, List.of(),
                settings.minConversions(), settings.fullTrustAt()));
    }

    @PostMapping("/api/v1/analytics/lead-model/train")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Train the model from the company's customers now and rescore them all (OWNER, ADMIN)")
    View train() {
        return view(training.trainAndRescore());
    }

    private View view(LeadModels.Stored stored) {
        double share = stored.model().isPresent() ? Math.min(1.0, stored.conversions() / (double) settings.fullTrustAt()) : 0;
        String kind = share == 0 ? "PRIOR" : share < 1 ? "BLENDED" : "LEARNED";
        List<WeightView> weights = stored.weights().stream()
                .map(weight -> new WeightView(weight.feature(), FeatureWords.of(weight.feature()), weight.weight())).toList();
        return new View(kind, share, stored.customers(), stored.conversions(), stored.auc(), stored.brier(), stored.holdout(),
                stored.trainedAt(), stored.trainingCount(), weights, settings.minConversions(), settings.fullTrustAt());
    }
}
