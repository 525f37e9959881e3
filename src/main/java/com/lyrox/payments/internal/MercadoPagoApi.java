package com.lyrox.payments.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** Calls to Mercado Pago's API: short time limits, and paths built segment by segment under a connection's address. */
final class MercadoPagoApi {

    private MercadoPagoApi() {
    }

    static RestClient client(Duration readTimeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(3));
        requests.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(requests).build();
    }

    static URI at(String apiUrl, String... segments) {
        return UriComponentsBuilder.fromUriString(apiUrl).pathSegment(segments).build().encode().toUri();
    }
}
