package app.innkeep.cloud.letters;

import app.innkeep.cloud.letters.LetterTemplateRequests.LetterTemplateResponse;
import app.innkeep.cloud.letters.LetterTemplateRequests.PutLetterTemplateRequest;
import app.innkeep.cloud.security.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;

/** The property's letter templates: the desk reads them, the property admin writes them. */
@Controller("/api/v1/properties/{code}/letter-templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LetterTemplateController {

    private final LetterTemplateService letters;

    public LetterTemplateController(LetterTemplateService letters) {
        this.letters = letters;
    }

    @Get
    public List<LetterTemplateResponse> list(String code, Authentication auth) {
        return letters.list(Caller.of(auth), code);
    }

    @Get("/{name}")
    public LetterTemplateResponse get(String code, String name, Authentication auth) {
        return letters.get(Caller.of(auth), code, name);
    }

    @Put("/{name}")
    public LetterTemplateResponse put(
            String code, String name, @Valid @Body PutLetterTemplateRequest request, Authentication auth) {
        return letters.put(Caller.of(auth), code, name, request);
    }

    @Delete("/{name}")
    public HttpResponse<Void> delete(String code, String name, Authentication auth) {
        letters.delete(Caller.of(auth), code, name);
        return HttpResponse.noContent();
    }
}
