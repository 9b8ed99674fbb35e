"""Parts work in a real browser: a client builds and arranges a map, runs a 6 F's check-in
through the unblending branch, and the clinician sees the map without a private part."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.support import (
    LiveServer,
    Session,
    capture_layouts,
    sign_in_staff,
    sign_in_with_password,
)

pytestmark = pytest.mark.browser


def add_part(page: Page, name: str, kind: str) -> str:
    page.goto("/parts/new/")
    page.get_by_label("Name").fill(name)
    page.get_by_label("What kind of part is it?").select_option(kind)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name=name, level=1)).to_be_visible()
    match = re.search(r"/parts/([0-9a-f-]{36})/$", page.url)
    assert match, page.url
    return match.group(1)


def signed_in_client(
    new_session: Callable[[], Session], selfled_server: LiveServer, index: int
) -> Session:
    client = selfled_server.by_role("client")[index]
    session = new_session()
    sign_in_with_password(session.page, client.email, client.password)
    expect(session.page.get_by_role("heading", name=re.compile(r"^Hello"))).to_be_visible()
    return session


def sign_out_in_another_tab(session: Session) -> None:
    other = session.context.new_page()
    other.goto("/parts/")
    other.get_by_role("button", name="Sign out").click()
    expect(other.get_by_text("You are signed out.")).to_be_visible()


def part_position(page: Page, part_id: str) -> tuple[float, float]:
    node = page.locator(f'g.part[data-id="{part_id}"]')
    x, y = node.get_attribute("data-x"), node.get_attribute("data-y")
    return float(x or "nan"), float(y or "nan")


def test_client_builds_arranges_and_checks_in(
    new_session: Callable[[], Session], selfled_server: LiveServer, screenshot_dir: Path
) -> None:
    client = selfled_server.by_role("client")[0]
    session = new_session()
    page = session.page
    sign_in_with_password(page, client.email, client.password)
    expect(page.get_by_role("heading", name=re.compile(r"^Hello"))).to_be_visible()

    critic = add_part(page, "Browser Critic", "manager")
    add_part(page, "Browser Little One", "exile")
    planner = add_part(page, "Browser Planner", "manager")

    # Link the protector to the exile from the protector's page.
    page.goto(f"/parts/{critic}/")
    page.get_by_label("This part…").select_option("protects")
    page.get_by_label("…this other part").select_option(label="Browser Little One")
    page.get_by_role("button", name="Add link").click()
    expect(page.get_by_text("Link saved.")).to_be_visible()
    expect(page.locator("main .messages")).to_be_focused()  # read out, not the top of the page
    expect(page.get_by_role("link", name="Browser Little One")).to_be_visible()

    # Keep the planner private from the care team.
    page.goto(f"/parts/{planner}/")
    page.get_by_label("Keep this whole part private from my care team").check()
    page.get_by_role("button", name="Save privacy").click()
    expect(page.get_by_text("Privacy saved.")).to_be_visible()

    # Drag the critic on the map; the position is saved at once and survives a reload.
    page.goto("/parts/")
    node = page.locator(f'g.part[data-id="{critic}"]')
    expect(node).to_be_visible()
    before = part_position(page, critic)
    box = node.bounding_box()
    assert box is not None
    start_x, start_y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    with page.expect_response(lambda r: r.url.endswith(f"/parts/{critic}/position/")) as saved:
        page.mouse.move(start_x, start_y)
        page.mouse.down()
        for step in range(1, 11):
            page.mouse.move(start_x - 6 * step, start_y + 5 * step)
        page.mouse.up()
    assert saved.value.status == 200
    moved = saved.value.json()
    assert abs(moved["x"] - before[0]) > 0.02 or abs(moved["y"] - before[1]) > 0.02
    page.reload()
    after = part_position(page, critic)
    assert after == pytest.approx((moved["x"], moved["y"]), abs=1e-3)
    expect(page.get_by_role("table")).to_contain_text("Browser Little One")
    capture_layouts(page, screenshot_dir, "parts-map")

    # A guided check-in with the critic that runs through the unblending branch twice.
    page.goto("/parts/check-in/")
    page.get_by_label("Browser Critic").check()
    page.get_by_role("button", name=re.compile("Start|Begin|Continue")).click()
    expect(page.get_by_text(re.compile(r"Step 1 of 6"))).to_be_visible()
    page.locator("textarea").first.fill("A tight, watchful feeling")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text(re.compile(r"Step 2 of 6"))).to_be_visible()
    page.locator("textarea").first.fill("It stays if I look at it")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text(re.compile(r"Step 3 of 6"))).to_be_visible()
    page.get_by_role("button", name="Continue").click()
    for attempt in range(2):
        expect(page.get_by_text(re.compile(r"Step 4 of 6"))).to_be_visible()
        page.get_by_role("checkbox", name=re.compile("annoyed", re.I)).check()
        page.get_by_role("button", name="Continue").click()
        # the first time a new part is met; the second, the same reaction is the part named
        again = "another part" if attempt == 0 else "Browser Grump is here again"
        expect(page.get_by_text(re.compile(again, re.I)).first).to_be_visible()
        if attempt == 0:
            page.get_by_label("What would you like to call it?").fill("Browser Grump")
        page.get_by_role("button", name="Continue").click()
        page.get_by_label("Not right now").check()
        page.get_by_role("button", name="Continue").click()
        if attempt == 0:
            page.get_by_role("checkbox", name=re.compile("annoyed", re.I)).uncheck()
    expect(page.get_by_role("heading", name="Let's stop here for now")).to_be_visible()
    expect(page.get_by_text(re.compile("next session"))).to_be_visible()
    session.problems.assert_clean()

    # The clinician on the care team sees the map, without the private part.
    clinician = selfled_server.by_role("clinician")[0]
    staff = new_session()
    sign_in_staff(staff.page, clinician)
    staff.page.get_by_role("link", name=client.name, exact=True).click()
    staff.page.get_by_role("link", name="Parts map").click()
    expect(staff.page.get_by_role("table")).to_contain_text("Browser Critic")
    expect(staff.page.get_by_role("table")).to_contain_text("Browser Grump")
    expect(staff.page.locator("main")).not_to_contain_text("Browser Planner")
    assert staff.page.locator("[data-move-url]").count() == 0
    staff.problems.assert_clean()


def test_a_map_left_open_after_signing_out_elsewhere_says_so(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    session = signed_in_client(new_session, selfled_server, 2)
    page = session.page
    part = add_part(page, "Tab Test Part", "manager")
    page.goto("/parts/")
    sign_out_in_another_tab(session)  # another tab of the same browser signs out
    # The first tab's map cannot save a move and says why.
    page.locator(f'g.part[data-id="{part}"]').focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#map-status")).to_contain_text("You are signed out")
    # Its Sign out button still leads to the sign-in page, not to /logout/ after signing in.
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You are signed out.")).to_be_visible()
    assert "next=" not in page.url
    session.problems.assert_clean()


def test_a_long_unbroken_part_name_fits_a_phone(
    new_session: Callable[[], Session], selfled_server: LiveServer, screenshot_dir: Path
) -> None:
    session = signed_in_client(new_session, selfled_server, 2)
    page = session.page
    name = "Thepartthatneverstopsplanningeverythingforeveryoneallthetime"[:60]
    part = add_part(page, name, "manager")
    page.goto(f"/parts/{part}/")
    # the "Check in with …" button wraps instead of pushing the page sideways on a phone
    capture_layouts(page, screenshot_dir, "part-long-name")
    session.problems.assert_clean()


def test_words_typed_after_signing_out_elsewhere_stay_on_the_page(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    session = signed_in_client(new_session, selfled_server, 2)
    page = session.page
    part = add_part(page, "Kept Words Part", "manager")
    # a comment saves as usual while signed in (the check before sending lets it through)
    page.get_by_label("Add a comment").fill("First comment, saved.")
    page.get_by_role("button", name="Add comment").click()
    expect(page.get_by_text("Comment added.")).to_be_visible()
    # another tab signs out; the words typed in the first are not sent to the sign-in page
    sign_out_in_another_tab(session)
    words = "Something long I wrote and do not want to lose."
    page.get_by_label("Add a comment").fill(words)
    page.get_by_role("button", name="Add comment").click()
    expect(page.get_by_text("This was not saved: you are signed out")).to_be_visible()
    expect(page.get_by_label("Add a comment")).to_have_value(words)
    assert page.url.endswith(f"/parts/{part}/")


def test_help_opens_beside_a_form_with_typed_words_so_nothing_is_lost(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    session = signed_in_client(new_session, selfled_server, 2)
    page = session.page
    add_part(page, "Help Beside Part", "manager")
    words = "Something I am in the middle of writing."
    page.get_by_label("Add a comment").fill(words)
    with page.context.expect_page() as opened:
        page.locator(".top a.crisis-link").click()
    help_page = opened.value
    help_page.wait_for_load_state()
    assert help_page.url.split("?")[0].endswith("/crisis/")
    expect(help_page.get_by_role("heading", name="If you need help right now")).to_be_visible()
    # the way back is the other tab, and the help page says so rather than offering a link
    expect(help_page.get_by_text("still open in your other tab")).to_be_visible()
    assert help_page.get_by_text("Go back to where you were").count() == 0
    expect(page.get_by_label("Add a comment")).to_have_value(words)  # still there behind it
    help_page.close()
    # the footer's link does the same
    with page.context.expect_page() as opened:
        page.locator("footer a[data-crisis]").click()
    opened.value.close()
    expect(page.get_by_label("Add a comment")).to_have_value(words)
    # with nothing typed, the link opens in place as any link does
    page.get_by_label("Add a comment").fill("")
    page.locator(".top a.crisis-link").click()
    page.wait_for_url("**/crisis/**")
    session.problems.assert_clean()


def test_a_moved_part_puts_its_name_over_it_when_under_it_would_run_into_another(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    session = signed_in_client(new_session, selfled_server, 1)
    page = session.page
    lower = add_part(page, "Lower Neighbour", "manager")
    upper = add_part(page, "Upper Mover", "manager")
    page.goto("/parts/")
    low = page.locator(f'g.part[data-id="{lower}"]')
    moving = page.locator(f'g.part[data-id="{upper}"]')
    lx, ly = float(low.get_attribute("data-x")), float(low.get_attribute("data-y"))
    ux, uy = float(moving.get_attribute("data-x")), float(moving.get_attribute("data-y"))
    # right above the neighbour, so that a name under the mover would cover the neighbour
    target_y = ly - 0.08 if ly > 0.2 else ly + 0.08
    moving.focus()
    for key, steps in (
        ("ArrowRight" if lx > ux else "ArrowLeft", round(abs(lx - ux) / 0.02)),
        ("ArrowDown" if target_y > uy else "ArrowUp", round(abs(target_y - uy) / 0.02)),
    ):
        for _ in range(steps):
            page.keyboard.press(key)
    expect(page.locator("#map-status")).to_contain_text("Saved: Upper Mover")
    label = page.locator(f'text.part-name[data-for="{upper}"]')
    if target_y < ly:  # the mover is above its neighbour: its name goes over it
        expect(label).to_have_attribute("data-side", "above")
    else:  # the mover is below: its name stays under it, clear of the neighbour
        assert label.get_attribute("data-side") is None
    session.problems.assert_clean()


def test_the_map_script_draws_links_exactly_as_the_server_does(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    import random

    from selfled.lib.partsmap import svg

    session = signed_in_client(new_session, selfled_server, 1)
    page = session.page
    page.goto("/parts/")
    rng = random.Random(7)
    cases = []
    for _ in range(400):
        kind = rng.choice(["protects", "polarized", "allied"])
        a = (rng.uniform(40, 680), rng.uniform(20, 620))
        b = (rng.uniform(40, 680), rng.uniform(20, 620))
        k = rng.choice([1.0, 0.8, 0.7, 0.455])
        around = rng.choice([None, (360.0, 306.0, 50.0)])
        over = (rng.random() < 0.3, rng.random() < 0.3)  # names over their parts
        cases.append((kind, a, b, k, around, over))
    centre = (360.0, 306.0, 50.0)
    cases.append(("allied", (200.0, 306.0), (520.0, 306.0), 1.0, centre, (False, False)))
    drawn = page.evaluate(
        """cases => cases.map(([kind, a, b, k, around, over]) => [
            window.selfledMapGeometry.edgePath(kind, a, b, k, around, over),
            window.selfledMapGeometry.arrowTip(a, b, k, around, over)])""",
        [
            [kind, list(a), list(b), k, list(around) if around else None, list(over)]
            for kind, a, b, k, around, over in cases
        ],
    )
    for case, (path, tip) in zip(cases, drawn, strict=True):
        kind, a, b, k, around, over = case
        assert path == svg.edge_path(kind, a, b, k, around, over), case
        assert tip == svg.arrow_tip(a, b, k, around, over), case
    session.problems.assert_clean()
