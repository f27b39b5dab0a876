package app.innkeep.cloud.folio;

import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.folio.FolioRequests.FolioResponse;
import app.innkeep.cloud.folio.FolioRequests.PostChargeRequest;
import app.innkeep.cloud.folio.FolioRequests.PostPaymentRequest;
import app.innkeep.cloud.folio.FolioRequests.RefundRequest;
import app.innkeep.cloud.folio.FolioRequests.VoidRequest;
import app.innkeep.cloud.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

@Controller("/api/v1/properties/{code}/bookings/{confirmation}/folio")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FolioController {

    private final ViewingFolio viewing;
    private final PostingCharge charges;
    private final VoidingCharge voids;
    private final TakingPayment payments;
    private final RefundingPayment refunds;

    public FolioController(
            ViewingFolio viewing,
            PostingCharge charges,
            VoidingCharge voids,
            TakingPayment payments,
            RefundingPayment refunds) {
        this.viewing = viewing;
        this.charges = charges;
        this.voids = voids;
        this.payments = payments;
        this.refunds = refunds;
    }

    @Get
    public FolioResponse folio(String code, String confirmation, Authentication auth) {
        return viewing.folio(Caller.of(auth), code, confirmation);
    }

    @Post("/charges")
    public HttpResponse<FolioLineResponse> charge(
            String code, String confirmation, @Valid @Body PostChargeRequest request, Authentication auth) {
        return HttpResponse.created(charges.postCharge(Caller.of(auth), code, confirmation, request));
    }

    @Post("/charges/{lineId}/void")
    public HttpResponse<FolioLineResponse> voidCharge(
            String code,
            String confirmation,
            long lineId,
            @Nullable @Valid @Body VoidRequest request,
            Authentication auth) {
        return HttpResponse.created(voids.voidCharge(Caller.of(auth), code, confirmation, lineId, request));
    }

    @Post("/payments")
    public HttpResponse<FolioLineResponse> payment(
            String code, String confirmation, @Valid @Body PostPaymentRequest request, Authentication auth) {
        return HttpResponse.created(payments.postPayment(Caller.of(auth), code, confirmation, request));
    }

    @Post("/payments/{lineId}/refund")
    public HttpResponse<FolioLineResponse> refund(
            String code,
            String confirmation,
            long lineId,
            @Nullable @Valid @Body RefundRequest request,
            Authentication auth) {
        return HttpResponse.created(refunds.refund(Caller.of(auth), code, confirmation, lineId, request));
    }
}
