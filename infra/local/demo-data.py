#!/usr/bin/env python3
"""Loads demo data (dev only, never used by tests) through the services' public APIs.

Idempotent: what exists already (409) is left alone. Uses the dev realm's demo logins.
"""
import base64
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

KEYCLOAK = f"http://127.0.0.1:{os.environ.get('KEYCLOAK_PORT', '8180')}/realms/congress"
DEPUTIES = f"http://127.0.0.1:{os.environ.get('DEPUTIES_PORT', '8081')}/api/v1"
SUPERVISION = f"http://127.0.0.1:{os.environ.get('SUPERVISION_PORT', '8083')}/api/v1"
MEMBER_NAMES = ["顾国强", "沈丽华", "朱建平", "陆敏", "张志刚", "徐静", "金晓东"]

DELEGATIONS = ["朱泾镇", "枫泾镇", "张堰镇", "亭林镇", "吕巷镇", "廊下镇", "金山卫镇", "漕泾镇", "山阳镇",
               "石化街道", "金山工业区"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
GIVEN = ["伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "玉兰", "建国", "海燕", "晓东", "春梅"]
OCCUPATIONS = ["教师", "医生", "村党总支书记", "企业负责人", "社区工作者", "农民", "律师", "工程师"]
STATIONS = [("朱泾镇代表之家", "DEPUTY_HOME", "朱泾镇"), ("枫泾镇代表联络站", "LIAISON_STATION", "枫泾镇"),
            ("金山卫镇基层实践站点", "PRACTICE_SITE", "金山卫镇")]


def token(username):
    body = urllib.parse.urlencode({"grant_type": "password", "client_id": "congress-web",
                                   "username": username, "password": username + "-pass"}).encode()
    with urllib.request.urlopen(f"{KEYCLOAK}/protocol/openid-connect/token", body, timeout=30) as r:
        return json.load(r)["access_token"]


def call(method, url, bearer, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": f"Bearer {bearer}", "Content-Type": "application/json",
        "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        payload = e.read().decode()
        if e.code == 409:
            return 409, None
        sys.exit(f"demo data: {method} {url} failed with {e.code}: {payload}")


def delegations(bearer, names):
    for name in names:
        call("POST", f"{DEPUTIES}/delegations", bearer, {"name": name + "代表团"})
    _, listed = call("GET", f"{DEPUTIES}/delegations", bearer)
    return {d["name"]: d["id"] for d in listed}


def subject(bearer):
    payload = bearer.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["sub"]


def deputy_id(number):
    return f"00000000-0000-4000-8000-{number:012d}"


def main():
    staff = token("staff1")
    ids = delegations(staff, DELEGATIONS)
    for n in range(1, 31):
        town = DELEGATIONS[(n - 1) % len(DELEGATIONS)]
        call("POST", f"{DEPUTIES}/deputies", staff, {
            "id": deputy_id(n), "name": SURNAMES[n - 1] + GIVEN[n - 1],
            "gender": "FEMALE" if n % 2 == 0 else "MALE", "birthYear": 1960 + n,
            "occupation": OCCUPATIONS[n % len(OCCUPATIONS)], "level": "DISTRICT", "term": 6,
            "delegationId": ids[town + "代表团"]})
    for name, kind, town in STATIONS:
        call("POST", f"{DEPUTIES}/contact-stations", staff,
             {"name": name, "kind": kind, "address": f"上海市金山区{town}", "delegationId": ids[town + "代表团"]})

    # The Standing Committee members of the demo logins member01..member07, by their subjects:
    # attendance and ratings name only registered members.
    for n, name in enumerate(MEMBER_NAMES, start=1):
        call("POST", f"{SUPERVISION}/committee-members", staff, {
            "memberId": subject(token(f"member{n:02d}")), "name": name, "term": 16,
            "servesFrom": "2021-09-01"})

    zhujing_staff = token("staff-zhujing")
    town_ids = delegations(zhujing_staff, ["朱泾镇第一"])
    # deputy-zhujing1 is also district deputy01: one person, two memberships.
    for n, name, person in ((101, "王伟", deputy_id(1)), (102, "沈美华", None)):
        call("POST", f"{DEPUTIES}/deputies", zhujing_staff, {
            "id": deputy_id(n), "name": name, "gender": "MALE" if n == 101 else "FEMALE",
            "level": "TOWN", "term": 17, "delegationId": town_ids["朱泾镇第一代表团"], "personId": person})
    print("demo data loaded: 11 delegations, 30 district deputies, 3 contact stations,"
          " 7 Standing Committee members;"
          " JS-ZHUJING: 1 delegation, 2 town deputies")


if __name__ == "__main__":
    main()
