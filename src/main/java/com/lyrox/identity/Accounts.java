package com.lyrox.identity;

/** What other modules (and the demo data) may ask of identity. */
public interface Accounts {

    /** Creates the user, the company and the OWNER membership in one step. */
    Session signUp(SignUpRequest request);

    boolean emailTaken(String email);
}
