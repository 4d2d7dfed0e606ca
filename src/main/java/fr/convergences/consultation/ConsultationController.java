package fr.convergences.consultation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Public, read-only JSON of the consultations, their phases and themes. */
@Controller("/api/consultations")
@Tag(name = "Consultations")
public class ConsultationController {

    private final ConsultationService consultations;

    public ConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Get
    @Operation(summary = "All consultations, newest first")
    public List<ConsultationJson> list() {
        return consultations.all().stream().map(consultation -> json(consultations.details(consultation.id()))).toList();
    }

    @Get("/{id}")
    @Operation(summary = "One consultation with its phases and themes")
    public ConsultationJson one(@PathVariable long id) {
        return json(consultations.details(id));
    }

    private static ConsultationJson json(ConsultationDetails details) {
        return new ConsultationJson(details.consultation().id(), details.councilName(), details.consultation().title(),
                details.consultation().question(), details.consultation().description(),
                details.phases().stream().map(phase -> new PhaseJson(phase.kind().name(), phase.startsOn().toString(), phase.endsOn().toString())).toList(),
                details.themes().stream().map(Theme::name).toList());
    }

    @Serdeable
    public record ConsultationJson(long id, String council, String title, String question, String description,
                                   List<PhaseJson> phases, List<String> themes) {
    }

    @Serdeable
    public record PhaseJson(String kind, String startsOn, String endsOn) {
    }
}
