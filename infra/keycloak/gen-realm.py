#!/usr/bin/env python3
"""Generates infra/keycloak/congress-realm.json (the committed file is the source Keycloak imports).

    python3 infra/keycloak/gen-realm.py            # rewrite congress-realm.json
    python3 infra/keycloak/gen-realm.py --check    # exit 1 if the committed JSON is out of date

Standard library only. Edit this script, regenerate, commit both.
"""
import json
import os
import sys

REALM = "congress"
API_AUDIENCE = "congress-api"
DEFAULT_CONGRESS = "JS-DISTRICT"
ROLES = {
    "admin": "Platform administrator",
    "auditor": "Reads the audit trail",
    "staff": "Congress office staff",
    "committee_member": "Member of the standing committee",
    "deputy": "People's congress deputy",
    "department": "Government department handling suggestions",
    "cross_congress": "Reads the data and statistics of the congresses below one's own (district staff over towns)",
}
# The web console (services/console) is served by the gateway at these addresses.
CONSOLE_ORIGINS = ("http://127.0.0.1:8080", "http://localhost:8080")
CONSOLE_SECRET = "congress-console-secret"  # dev only; the console reads CONSOLE_CLIENT_SECRET
# The notifications service reads people (e-mail address, roles, deputy and department ids) from
# the realm through the admin API with this client's service account; dev only secret.
NOTIFICATIONS_SECRET = "congress-notifications-secret"
DEPARTMENTS = ("EDU", "HEALTH", "TRANSPORT", "HOUSING")
CUSTOM_ATTRIBUTES = {
    "department_id": "Department",
    "deputy_id": "Deputy id",
    "congress_id": "Congress",
}


def deputy_uuid(n: int) -> str:
    # deputy07 -> 00000000-0000-4000-8000-000000000007, deputy-zhujing1 -> ...000000000101
    return "00000000-0000-4000-8000-%012d" % n


def user(username, role, first, last, congress=DEFAULT_CONGRESS, extra_roles=(), **attrs):
    attributes = {"congress_id": [congress]}
    for k, v in attrs.items():
        attributes[k] = [v]
    return {
        "username": username,
        "enabled": True,
        "email": f"{username}@example.org",
        "emailVerified": True,
        "firstName": first,
        "lastName": last,
        "attributes": attributes,
        "credentials": [{"type": "password", "value": f"{username}-pass", "temporary": False}],
        "requiredActions": [],
        "realmRoles": [f"default-roles-{REALM}", role, *extra_roles],
    }


def users():
    out = [
        user("admin1", "admin", "Admin", "One"),
        user("auditor1", "auditor", "Auditor", "One"),
        user("staff1", "staff", "Staff", "One", extra_roles=("cross_congress",)),
    ]
    out += [user(f"member{i:02d}", "committee_member", "Member", f"{i:02d}") for i in range(1, 8)]
    out += [user(f"deputy{i:02d}", "deputy", "Deputy", f"{i:02d}", deputy_id=deputy_uuid(i)) for i in range(1, 31)]
    for code in DEPARTMENTS:
        out.append(user(f"dept-{code.lower()}", "department", "Department", code.capitalize(), department_id=code))
    out.append(user("staff-zhujing", "staff", "Staff", "Zhujing", congress="JS-ZHUJING"))
    for i in (1, 2):
        out.append(user(f"deputy-zhujing{i}", "deputy", "Deputy", f"Zhujing {i}", congress="JS-ZHUJING",
                        deputy_id=deputy_uuid(100 + i)))
    return out


def user_profile():
    """Declarative user profile: built-in attributes plus the custom ones (else Keycloak drops them)."""
    admin_only = {"view": ["admin", "user"], "edit": ["admin"]}  # users must not change their own ids
    attrs = [
        {
            "name": "username",
            "displayName": "${username}",
            "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {},
                            "up-username-not-idn-homograph": {}},
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
            "multivalued": False,
        },
        {
            "name": "email",
            "displayName": "${email}",
            "validations": {"email": {}, "length": {"max": 255}},
            "required": {"roles": ["user"]},
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
            "multivalued": False,
        },
        {
            "name": "firstName",
            "displayName": "${firstName}",
            "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
            "required": {"roles": ["user"]},
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
            "multivalued": False,
        },
        {
            "name": "lastName",
            "displayName": "${lastName}",
            "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
            "required": {"roles": ["user"]},
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
            "multivalued": False,
        },
    ]
    for name, display in CUSTOM_ATTRIBUTES.items():
        attrs.append({
            "name": name,
            "displayName": display,
            "validations": {"length": {"max": 64}},
            "permissions": admin_only,
            "multivalued": False,
        })
    return {
        "attributes": attrs,
        "groups": [{
            "name": "user-metadata",
            "displayHeader": "User metadata",
            "displayDescription": "Attributes, which refer to user metadata",
        }],
    }


def mappers():
    out = [{
        "name": f"audience {API_AUDIENCE}",
        "protocol": "openid-connect",
        "protocolMapper": "oidc-audience-mapper",
        "consentRequired": False,
        "config": {
            "included.custom.audience": API_AUDIENCE,
            "access.token.claim": "true",
            "id.token.claim": "false",
            "introspection.token.claim": "true",
            "lightweight.claim": "false",
        },
    }]
    for name in CUSTOM_ATTRIBUTES:
        out.append({
            "name": name,
            "protocol": "openid-connect",
            "protocolMapper": "oidc-usermodel-attribute-mapper",
            "consentRequired": False,
            "config": {
                "user.attribute": name,
                "claim.name": name,
                "jsonType.label": "String",
                "multivalued": "false",
                "aggregate.attrs": "false",
                "access.token.claim": "true",
                "id.token.claim": "true",
                "userinfo.token.claim": "true",
                "introspection.token.claim": "true",
                "lightweight.claim": "false",
            },
        })
    return out


def console_client():
    """The web console: a confidential client (the browser never holds its tokens) logging in with
    the authorization code flow and PKCE S256, logging out through Keycloak (RP-initiated)."""
    return {
        "clientId": "congress-console",
        "name": "Congress web console",
        "enabled": True,
        "protocol": "openid-connect",
        "publicClient": False,
        "clientAuthenticatorType": "client-secret",
        "secret": CONSOLE_SECRET,
        "standardFlowEnabled": True,
        "directAccessGrantsEnabled": False,
        "implicitFlowEnabled": False,
        "serviceAccountsEnabled": False,
        "redirectUris": [origin + "/*" for origin in CONSOLE_ORIGINS],
        "webOrigins": [],
        "attributes": {
            "pkce.code.challenge.method": "S256",
            "post.logout.redirect.uris": "##".join(origin + "/*" for origin in CONSOLE_ORIGINS),
        },
        "fullScopeAllowed": True,
        "protocolMappers": mappers(),
    }


def service_account(client_id, realm_roles=(), client_roles=None, **attrs):
    """The user behind a client's service account: its roles and attributes become the token's."""
    attributes = {k: [v] for k, v in attrs.items()}
    return {
        "username": f"service-account-{client_id}",
        "enabled": True,
        "serviceAccountClientId": client_id,
        "attributes": attributes,
        "realmRoles": [f"default-roles-{REALM}", *realm_roles],
        "clientRoles": client_roles or {},
    }


def confidential_machine_client(client_id, name, secret):
    """A system that signs in as itself (client credentials grant only)."""
    return {
        "clientId": client_id,
        "name": name,
        "enabled": True,
        "protocol": "openid-connect",
        "publicClient": False,
        "clientAuthenticatorType": "client-secret",
        "secret": secret,
        "standardFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "implicitFlowEnabled": False,
        "serviceAccountsEnabled": True,
        "redirectUris": [],
        "webOrigins": [],
        "fullScopeAllowed": True,
        "protocolMappers": mappers(),
    }


def department_system_clients():
    """Each department's own office system: client credentials, acting as that department (its
    service account carries the department role, department_id and congress_id)."""
    return [confidential_machine_client(f"dept-{code.lower()}-system", f"Office system of {code}",
                                        f"dept-{code.lower()}-system-secret")
            for code in DEPARTMENTS]


def department_system_accounts():
    return [service_account(f"dept-{code.lower()}-system", realm_roles=("department",),
                            department_id=code, congress_id=DEFAULT_CONGRESS)
            for code in DEPARTMENTS]


def notifications_client():
    return confidential_machine_client("congress-notifications", "Notifications service (people directory)",
                                       NOTIFICATIONS_SECRET)


def notifications_account():
    return service_account("congress-notifications",
                           client_roles={"realm-management": ["view-users", "query-users", "view-realm"]})


def realm():
    return {
        "realm": REALM,
        "displayName": "Congress",
        "enabled": True,
        "sslRequired": "none",  # local HTTP only
        "registrationAllowed": False,
        "loginWithEmailAllowed": True,
        "duplicateEmailsAllowed": False,
        "resetPasswordAllowed": False,
        "editUsernameAllowed": False,
        "bruteForceProtected": False,
        "accessTokenLifespan": 900,
        # Keycloak's own pages (login, logout) in Simplified Chinese unless the browser asks for English.
        "internationalizationEnabled": True,
        "supportedLocales": ["zh-CN", "en"],
        "defaultLocale": "zh-CN",
        "roles": {
            "realm": [{"name": n, "description": d, "composite": False, "clientRole": False}
                      for n, d in ROLES.items()],
        },
        "clients": [
            {
                "clientId": "congress-web",
                "name": "Congress web front end",
                "enabled": True,
                "protocol": "openid-connect",
                "publicClient": True,
                "standardFlowEnabled": True,
                "directAccessGrantsEnabled": True,
                "implicitFlowEnabled": False,
                "serviceAccountsEnabled": False,
                "redirectUris": ["http://localhost:*", "http://127.0.0.1:*"],
                "webOrigins": ["+"],
                "attributes": {"post.logout.redirect.uris": "http://localhost:*##http://127.0.0.1:*"},
                "fullScopeAllowed": True,
                "protocolMappers": mappers(),
            },
            console_client(),
            notifications_client(),
            *department_system_clients(),
            {
                "clientId": "congress-service",
                "name": "Congress back-end services",
                "enabled": True,
                "protocol": "openid-connect",
                "publicClient": False,
                "clientAuthenticatorType": "client-secret",
                "secret": "congress-service-secret",
                "standardFlowEnabled": False,
                "directAccessGrantsEnabled": True,
                "implicitFlowEnabled": False,
                "serviceAccountsEnabled": True,
                "redirectUris": [],
                "webOrigins": [],
                "fullScopeAllowed": True,
                "protocolMappers": mappers(),
            },
        ],
        "users": users() + department_system_accounts() + [notifications_account()],
        "components": {
            "org.keycloak.userprofile.UserProfileProvider": [{
                "providerId": "declarative-user-profile",
                "subComponents": {},
                "config": {"kc.user.profile.config": [json.dumps(user_profile(), separators=(",", ":"))]},
            }],
        },
    }


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "congress-realm.json")
    text = json.dumps(realm(), indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{path} is out of date: run python3 {sys.argv[0]}", file=sys.stderr)
                sys.exit(1)
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {path} ({len(realm()['users'])} users)")


if __name__ == "__main__":
    main()
