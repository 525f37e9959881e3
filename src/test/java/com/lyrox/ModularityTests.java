package com.lyrox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds (no cycles, no reaching into internals, no dependency a module does
 * not declare) and its diagrams are current.
 */
class ModularityTests {

    private static final Path DOCS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(LyroxApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /** Declared in each module's {@code package-info.java}, so a new dependency fails {@code verify()} until someone agrees to it. */
    @Test
    void everyModuleNamesTheModulesItMayDependOn() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .isNotEmpty()
                .allSatisfy(module -> assertThat(allowedDependencies(module))
                        .as("allowedDependencies of %s", module)
                        .doesNotContain(ApplicationModule.OPEN_TOKEN));
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(DOCS)) {
            diagrams = files.filter(path -> path.toString().endsWith(".puml")).toList();
        }
        for (Path diagram : diagrams) {
            Files.write(diagram, relationsInStableOrder(Files.readAllLines(diagram)));
        }
        assertThat(diagrams).extracting(path -> path.getFileName().toString())
                .contains("components.puml", "module-identity.puml", "module-whatsapp.puml");
        assertThat(Files.readString(DOCS.resolve("components.puml"))).contains("Rel(").contains("Conversations");
    }

    private static List<String> allowedDependencies(String basePackage) {
        try {
            ApplicationModule declared = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            return declared == null ? List.of(ApplicationModule.OPEN_TOKEN) : List.of(declared.allowedDependencies());
        } catch (ClassNotFoundException e) {
            return List.of(ApplicationModule.OPEN_TOKEN);
        }
    }

    /** The documenter lists relations in no fixed order; sorting them keeps the files stable in git. */
    private static List<String> relationsInStableOrder(List<String> lines) {
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        List<String> result = new ArrayList<>();
        int next = 0;
        for (String line : lines) {
            result.add(line.startsWith("Rel(") ? relations.get(next++) : line);
        }
        return result;
    }
}
