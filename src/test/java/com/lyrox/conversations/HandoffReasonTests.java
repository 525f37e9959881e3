package com.lyrox.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reasons the AI, the system and the team write, sorted into the categories of the analytics page. */
class HandoffReasonTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            human                                                  | CUSTOMER_ASKED
            complaint                                              | COMPLAINT
            sensitive                                              | SENSITIVE
            booking                                                | BOOKING
            unsure                                                 | UNSURE
            booking: the plan's bookings of the month are all made | BOOKING
            COMPLAINT: the customer is upset                       | COMPLAINT
            customer_asked: wants Emilio                           | CUSTOMER_ASKED
            This month's AI interactions are used up; a person answers | AI_LIMIT
            The AI could not answer: SocketTimeoutException        | AI_ERROR
            Taken over by the team                                 | TAKEN_OVER
            A team member replied                                  | TAKEN_OVER
            El cliente quiere hablar con una persona               | CUSTOMER_ASKED
            Le cobraron dos veces, dice que es un robo             | COMPLAINT
            Cliente pide reembolso                                 | COMPLAINT
            Tiene una lesión en la rodilla                         | SENSITIVE
            Quer falar com um atendente                            | CUSTOMER_ASKED
            Customer asked about a refund after being charged twice | COMPLAINT
            I'm not sure about the shipping times                  | UNSURE
            Komplain: lampu mati, minta refund                     | COMPLAINT
            Pelanggan mau bicara dengan admin                      | CUSTOMER_ASKED
            Quiere hablar con Emilio                               | CUSTOMER_ASKED
            Queja: no recibió lo que pagó y está molesto           | COMPLAINT
            Wants the Plan Personalizado with extras               | OTHER
            Asks about the balance of their gift card              | OTHER
            ''                                                     | OTHER
            """)
    void aReasonInWordsFindsItsCategory(String reason, HandoffReason expected) {
        assertThat(HandoffReason.of(reason)).isEqualTo(expected);
    }
}
