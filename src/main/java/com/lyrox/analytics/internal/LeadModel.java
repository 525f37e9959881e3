package com.lyrox.analytics.internal;

import com.google.protobuf.InvalidProtocolBufferException;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A company's learned lead model: an L2-regularised logistic regression (Tribuo over LIBLINEAR)
 * from its customers' features to whether they bought, with how it did on the newest customers
 * held out of its training (AUC, Brier score).
 */
final class LeadModel {

    static final String BOUGHT = "bought";
    static final String NOT_BOUGHT = "not-bought";
    /** The newest quarter of the customers is held out to measure the model. */
    static final double HOLDOUT = 0.25;
    private static final LabelFactory LABELS = new LabelFactory();
    private static final Label BOUGHT_LABEL = new Label(BOUGHT);

    /** A customer's features and whether they bought, in the order they came (oldest first). */
    record Example(double[] values, boolean bought) {
    }

    /** A feature's weight in the model: how much more (+) or less (-) likely to buy it makes a customer. */
    record Weight(String feature, double weight) {
    }

    /** How the model did on the held-out customers: null figures when the holdout had only one kind. */
    record Evaluation(Double auc, Double brier, int holdout) {
    }

    private final Model<Label> model;

    private LeadModel(Model<Label> model) {
        this.model = model;
    }

    /**
     * Learns from the customers (oldest first): measured on the newest quarter after learning from
     * the rest, then learned again from all of them.
     */
    static Trained train(List<Example> history) {
        int cut = (int) Math.floor(history.size() * (1 - HOLDOUT));
        List<Example> older = history.subList(0, cut);
        List<Example> newer = history.subList(cut, history.size());
        Evaluation evaluation = new Evaluation(null, null, newer.size());
        if (bothKinds(older) && bothKinds(newer)) {
            LeadModel measured = fit(older);
            MutableDataset<Label> test = dataset(newer);
            double auc = new LabelEvaluator().evaluate(measured.model, test).AUCROC(BOUGHT_LABEL);
            double brier = newer.stream().mapToDouble(example -> {
                double error = measured.probability(example.values()) - (example.bought() ? 1 : 0);
                return error * error;
            }).average().orElse(0);
            evaluation = new Evaluation(auc, brier, newer.size());
        }
        return new Trained(fit(history), evaluation);
    }

    /** A model learned, and its evaluation. */
    record Trained(LeadModel model, Evaluation evaluation) {
    }

    static boolean bothKinds(List<Example> examples) {
        return examples.stream().anyMatch(Example::bought) && examples.stream().anyMatch(example -> !example.bought());
    }

    /** The probability of buying, 0–1. */
    double probability(double[] values) {
        return model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, LeadFeatures.NAMES, values))
                .getOutputScores().get(BOUGHT).getScore();
    }

    /** Each feature's weight toward buying, strongest first (the intercept left out). */
    List<Weight> weights() {
        Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
        List<Pair<String, Double>> toward = top.getOrDefault(BOUGHT, List.of());
        Map<String, Double> byFeature = new HashMap<>();
        if (toward.isEmpty() && top.containsKey(NOT_BOUGHT)) {
            // A two-label LIBLINEAR model may keep one weight vector, for the other label: its opposite.
            top.get(NOT_BOUGHT).forEach(pair -> byFeature.put(pair.getA(), -pair.getB()));
        } else {
            toward.forEach(pair -> byFeature.put(pair.getA(), pair.getB()));
        }
        List<Weight> weights = new ArrayList<>();
        for (String name : LeadFeatures.NAMES) {
            weights.add(new Weight(name, byFeature.getOrDefault(name, 0.0)));
        }
        weights.sort(Comparator.comparingDouble((Weight weight) -> Math.abs(weight.weight())).reversed());
        return weights;
    }

    byte[] toBytes() {
        return model.serialize().toByteArray();
    }

    @SuppressWarnings("unchecked")
    static LeadModel fromBytes(byte[] bytes) {
        try {
            return new LeadModel((Model<Label>) Model.deserialize(ModelProto.parseFrom(bytes)));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("A stored lead model could not be read", e);
        }
    }

    private static LeadModel fit(List<Example> examples) {
        // C = 1: the usual regularisation; the features are small (log counts), so no scaling is needed.
        var trainer = new LibLinearClassificationTrainer(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
                1.0, 1000, 0.001);
        return new LeadModel(trainer.train(dataset(examples)));
    }

    private static MutableDataset<Label> dataset(List<Example> examples) {
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("lead-history",
                OffsetDateTime.now(), LABELS), LABELS);
        examples.forEach(example -> dataset.add(new ArrayExample<>(new Label(example.bought() ? BOUGHT : NOT_BOUGHT),
                LeadFeatures.NAMES, example.values())));
        return dataset;
    }
}
