package com.lyrox.identity.internal;

import com.lyrox.identity.Session;
import java.util.List;

/**
 * The caller: the user (absent for an API key), the company the credentials act for with
 * the role there, and every company the user may switch to.
 */
record MeView(Session.UserSummary user, Session.CompanyMembership company,
              List<Session.CompanyMembership> companies) {
}
