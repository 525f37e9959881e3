package com.lyrox.sales.internal;

import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.Money;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import com.lyrox.products.ProductCatalog;
import com.lyrox.products.ProductView;
import com.lyrox.sales.CheckoutIssuer;
import com.lyrox.sales.PaymentLinks;
import com.lyrox.sales.PaymentStatus;
import com.lyrox.sales.SaleCompleted;
import com.lyrox.sales.SaleRefunded;
import com.lyrox.sales.SalesDesk;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records sales and moves their payment status. The customer must belong to the company:
 * the database's (company_id, customer_id) foreign key refuses anyone else's.
 */
@Service
class SaleService implements SalesDesk {

    private final SaleRepository sales;
    private final ProductCatalog catalog;
    private final ApplicationEventPublisher events;
    private final List<CheckoutIssuer> checkouts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SaleService(SaleRepository sales, ProductCatalog catalog, ApplicationEventPublisher events, List<CheckoutIssuer> checkouts,
                PlatformTransactionManager transactions, Clock clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.sales = sales;
        this.catalog = catalog;
        this.events = events;
        this.checkouts = checkouts;
        this.clock = clock;
    }

    @Transactional
    Sale.View create(SaleRequests.Create request) {
        ProductView product = catalog.find(request.productId())
                .orElseThrow(() -> ApiProblem.invalid("productId", "no such product"));
        if (!product.active()) {
            throw ApiProblem.invalid("productId", "the product is inactive");
        }
        Sale sale = new Sale(request.customerId(), product.id(),
                request.amount() != null ? request.amount() : product.price(),
                request.currency() != null ? Money.currency("currency", request.currency()) : product.currency(),
                request.paymentMethod(), request.paymentId(), clock.instant());
        try {
            return sales.saveAndFlush(sale).toView();
        } catch (DataIntegrityViolationException e) {
            throw ApiProblem.invalid("customerId", "no such customer");
        }
    }

    /** The sale is opened in a transaction of its own, and its checkout made after it (no database work waits on a provider). */
    @Override
    public PendingSale openPending(UUID customerId, UUID productId) {
        PendingSale opened = transaction.execute(status -> openPending(customerId, productId, null, null));
        return issueCheckout(opened.saleId()).map(link -> new PendingSale(opened.saleId(), productId, opened.productName(),
                opened.amount(), opened.currency(), link)).orElse(opened);
    }

    @Override
    @Transactional
    public PendingSale openPending(UUID customerId, UUID productId, BigDecimal amount, String currency) {
        Sale.View sale = create(new SaleRequests.Create(customerId, productId, amount, currency, "payment-link", null));
        ProductView product = catalog.find(productId).orElseThrow();
        String link = PaymentLinks.forSale(product.paymentLink(), sale.id());
        sales.findById(sale.id()).orElseThrow().payThrough(link);
        return new PendingSale(sale.id(), productId, product.name(), sale.amount(), sale.currency(), link);
    }

    @Override
    public Optional<String> issueCheckout(UUID saleId) {
        CheckoutIssuer.SaleToPay toPay = transaction.execute(status -> sales.findById(saleId)
                .filter(sale -> sale.status() == PaymentStatus.PENDING)
                .map(sale -> new CheckoutIssuer.SaleToPay(sale.getId(), catalog.find(sale.productId()).map(ProductView::name)
                        .orElse("Payment"), sale.amount(), sale.currency())).orElse(null));
        if (toPay == null) {
            return Optional.empty();
        }
        Optional<String> link = checkouts.stream().map(issuer -> issuer.checkoutFor(toPay)).flatMap(Optional::stream).findFirst();
        link.ifPresent(url -> transaction.executeWithoutResult(status ->
                sales.findById(saleId).ifPresent(sale -> sale.payThrough(url))));
        return link;
    }

    @Transactional(readOnly = true)
    PageResponse<Sale.View> list(PaymentStatus status, UUID customerId, Pageable pageable) {
        return PageResponse.of(sales.search(status, customerId, pageable), Sale::toView);
    }

    @Transactional(readOnly = true)
    Sale.View get(UUID id) {
        return sale(id).toView();
    }

    @Transactional
    Sale.View complete(UUID id, String paymentId) {
        return change(id, sale -> {
            sale.complete(paymentId, clock.instant());
            completed(sale);
        });
    }

    @Transactional
    Sale.View refund(UUID id) {
        return change(id, sale -> {
            sale.refund();
            refunded(sale);
        });
    }

    @Transactional
    Sale.View fail(UUID id) {
        return change(id, Sale::fail);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> paymentLinkOf(UUID saleId) {
        return sales.findById(saleId).map(Sale::paymentUrl);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SaleState> find(UUID saleId) {
        return sales.findById(saleId).map(Sale::toState);
    }

    @Override
    @Transactional
    public Optional<SaleState> lockForPayment(UUID saleId) {
        return sales.lockById(saleId).map(Sale::toState);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SaleState> findByPaymentId(String paymentId) {
        return sales.findFirstByPaymentIdOrderByCreatedAtDesc(paymentId).map(Sale::toState);
    }

    @Override
    @Transactional
    public boolean completePaid(UUID saleId, String provider, String paymentMethod, String paymentId) {
        return changeIf(saleId, PaymentStatus.PENDING, sale -> {
            sale.completeThrough(provider, paymentMethod, paymentId, clock.instant());
            completed(sale);
        });
    }

    @Override
    @Transactional
    public boolean refundPaid(UUID saleId) {
        return changeIf(saleId, PaymentStatus.COMPLETED, sale -> {
            sale.refund();
            refunded(sale);
        });
    }

    /** Applies the transition when the sale (locked) is in the status it needs; false when it is not, or missing. */
    private boolean changeIf(UUID saleId, PaymentStatus needed, Consumer<Sale> transition) {
        Optional<Sale> locked = sales.lockById(saleId);
        if (locked.isEmpty() || locked.get().status() != needed) {
            return false;
        }
        transition.accept(locked.get());
        sales.saveAndFlush(locked.get());
        return true;
    }

    private void completed(Sale sale) {
        events.publishEvent(new SaleCompleted(TenantContext.requireCompanyId(), sale.getId(), sale.customerId(),
                sale.amount(), sale.currency()));
    }

    private void refunded(Sale sale) {
        events.publishEvent(new SaleRefunded(TenantContext.requireCompanyId(), sale.getId(), sale.customerId(),
                sale.amount(), sale.currency()));
    }

    private Sale.View change(UUID id, Consumer<Sale> transition) {
        Sale sale = sales.lockById(id).orElseThrow(() -> ApiProblem.notFound("Sale"));
        transition.accept(sale);
        return sales.saveAndFlush(sale).toView();
    }

    private Sale sale(UUID id) {
        return sales.findById(id).orElseThrow(() -> ApiProblem.notFound("Sale"));
    }
}
