/* Parts map: drag a part (mouse, pen or touch) or move it with the arrow keys; the new place is
   saved to the part's data-move-url. The picture comes from lib/partsmap/svg.py, and edgePath()
   and arrowTip() below mirror edge_path() and arrow_tip() there: change both together. */
(function () {
  "use strict";

  var MIN = 0.06, MAX = 0.94;           // layout.clamp keeps parts this far inside the map
  var STEP = 0.02, BIG_STEP = 0.05;     // arrow keys, and with Shift
  var SAVE_DELAY = 400;                 // ms after the last arrow key before saving
  var NODE_R = 26, ZIG_STEP = 14, ZIG_AMP = 5, NAME_CLEAR = 16;  // at scale 1 (a 720 map, up to 20 parts)
  var NAME_CLEAR_OVER = 44;  // for a name drawn over its part
  var BEND_TRIES = 6;  // svg.py BEND_TRIES

  function clamp(v) { return isFinite(v) ? Math.min(MAX, Math.max(MIN, v)) : 0.5; }

  function num(v) {
    var t = v.toFixed(1);
    if (t.slice(-2) === ".0") t = t.slice(0, -2);
    return t === "-0" ? "0" : t;
  }

  // Where a link from a to b starts and ends, clear of both parts, with its direction and
  // length; null when the parts are too close. Mirrors _ends() in svg.py.
  function ends(kind, a, b, k, over) {
    var r = NODE_R * k, startGap = r + 7 * k, endGap = r + (kind === "protects" ? 13 : 7) * k;
    var dx = b[0] - a[0], dy = b[1] - a[1], dist = Math.hypot(dx, dy);
    if (dist === 0) return null;
    var ux = dx / dist, uy = dy / dist;
    // clear of each part's name, under it or over it (over), as _ends() in svg.py
    startGap += over && over[0] ? NAME_CLEAR_OVER * k * Math.max(0, -uy) : NAME_CLEAR * k * Math.max(0, uy);
    endGap += over && over[1] ? NAME_CLEAR_OVER * k * Math.max(0, uy) : NAME_CLEAR * k * Math.max(0, -uy);
    if (dist <= startGap + endGap) return null;
    return { x1: a[0] + ux * startGap, y1: a[1] + uy * startGap, x2: b[0] - ux * endGap,
      y2: b[1] - uy * endGap, ux: ux, uy: uy, length: dist - startGap - endGap };
  }

  function midpoint(a, b) {
    var mx = num((a[0] + b[0]) / 2), my = num((a[1] + b[1]) / 2);
    return "M" + mx + " " + my + "L" + mx + " " + my;
  }

  // The control point of a curve that takes a link round the Self (around: [cx, cy, r]), or
  // null when the straight line keeps clear. Mirrors _bend() in svg.py.
  function bend(e, around) {
    if (!around) return null;
    var cx = around[0], cy = around[1], radius = around[2];
    var length = Math.hypot(e.x2 - e.x1, e.y2 - e.y1);
    var t = Math.max(0, Math.min(length, (cx - e.x1) * e.ux + (cy - e.y1) * e.uy));
    var px = e.x1 + e.ux * t, py = e.y1 + e.uy * t, off = Math.hypot(px - cx, py - cy);
    if (off >= radius || t <= 0 || t >= length) return null;
    var nx = off > 1e-6 ? (px - cx) / off : e.uy, ny = off > 1e-6 ? (py - cy) / off : -e.ux;
    var reach = radius, q = null;
    for (var n = 0; n < BEND_TRIES; n++) {
      var wx = cx + nx * reach, wy = cy + ny * reach;
      q = [2 * wx - (e.x1 + e.x2) / 2, 2 * wy - (e.y1 + e.y2) / 2];
      if (curveClear([e.x1, e.y1], q, [e.x2, e.y2], around)) break;
      reach *= 1.2;
    }
    return q;
  }

  // Whether a quadratic curve keeps out of the Self's circle; mirrors _curve_clear() in svg.py.
  function curveClear(start, control, end, around) {
    var cx = around[0], cy = around[1], radius = around[2];
    var inside = radius * radius * 0.95;  // the curve's middle is on the circle: a little slack
    for (var i = 1; i < 16; i++) {
      var p = onCurve(i / 16, start, control, end);
      if ((p[0] - cx) * (p[0] - cx) + (p[1] - cy) * (p[1] - cy) < inside) return false;
    }
    return true;
  }

  // The point at t (0..1) of a quadratic curve; mirrors _on_curve() in svg.py.
  function onCurve(t, start, control, end) {
    var u = 1 - t;
    return [u * u * start[0] + 2 * u * t * control[0] + t * t * end[0],
      u * u * start[1] + 2 * u * t * control[1] + t * t * end[1]];
  }

  // The `d` of a link between part centres a and b (pixels): trimmed to the circles, zig-zag
  // if polarized, bent round the Self. k is the svg's data-scale.
  function edgePath(kind, a, b, k, around, over) {
    var e = ends(kind, a, b, k, over);
    if (!e) return midpoint(a, b);
    var d = "M" + num(e.x1) + " " + num(e.y1), q = bend(e, around), i, t, side, steps;
    if (!q) {
      if (kind === "polarized") {
        steps = Math.max(2, Math.floor(e.length / (ZIG_STEP * k)));
        for (i = 1; i < steps; i++) {
          t = i / steps;
          side = (i % 2 ? 1 : -1) * ZIG_AMP * k;
          d += "L" + num(e.x1 + (e.x2 - e.x1) * t - e.uy * side) + " " +
            num(e.y1 + (e.y2 - e.y1) * t + e.ux * side);
        }
      }
      return d + "L" + num(e.x2) + " " + num(e.y2);
    }
    if (kind !== "polarized") {
      return d + "Q" + num(q[0]) + " " + num(q[1]) + " " + num(e.x2) + " " + num(e.y2);
    }
    var span = Math.hypot(q[0] - e.x1, q[1] - e.y1) + Math.hypot(e.x2 - q[0], e.y2 - q[1]);
    steps = Math.max(2, Math.floor(span / (ZIG_STEP * k)));
    for (i = 1; i < steps; i++) {
      t = i / steps;
      side = (i % 2 ? 1 : -1) * ZIG_AMP * k;
      var on = onCurve(t, [e.x1, e.y1], q, [e.x2, e.y2]), px = on[0], py = on[1];
      var tx = 2 * (1 - t) * (q[0] - e.x1) + 2 * t * (e.x2 - q[0]);
      var ty = 2 * (1 - t) * (q[1] - e.y1) + 2 * t * (e.y2 - q[1]);
      var norm = Math.hypot(tx, ty) || 1;
      d += "L" + num(px - ty / norm * side) + " " + num(py + tx / norm * side);
    }
    return d + "L" + num(e.x2) + " " + num(e.y2);
  }

  // The last sliver of a "protects" link, which carries its arrowhead above the names.
  // Mirrors arrow_tip() in svg.py.
  function arrowTip(a, b, k, around, over) {
    var e = ends("protects", a, b, k, over);
    if (!e) return midpoint(a, b);
    var ux = e.ux, uy = e.uy, q = bend(e, around);
    if (q) {
      var dx = e.x2 - q[0], dy = e.y2 - q[1], norm = Math.hypot(dx, dy) || 1;
      ux = dx / norm;
      uy = dy / norm;
    }
    return "M" + num(e.x2 - 4 * ux) + " " + num(e.y2 - 4 * uy) + "L" + num(e.x2) + " " +
      num(e.y2);
  }

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (err) {
      return "";
    }
  }

  function say(text, isError) {
    var box = document.getElementById("map-status");
    if (!box) return;
    box.textContent = text;
    box.classList.toggle("error", !!isError);
  }

  function setUp(svg) {
    if (svg.dataset.partsMapReady) return;
    svg.dataset.partsMapReady = "1";
    var ox = +svg.dataset.originX, oy = +svg.dataset.originY, extent = +svg.dataset.extent;
    var k = +svg.dataset.scale;  // size of the part glyphs, as svg.py drew them
    // the Self, which links bend round (svg.py _around)
    var around = svg.dataset.selfR ? [ox + extent / 2, oy + extent / 2, +svg.dataset.selfR] : null;
    var parts = {}, drag = null, justDragged = false;

    svg.querySelectorAll(".part[data-id]").forEach(function (g) {
      var x = clamp(+g.dataset.x), y = clamp(+g.dataset.y);
      var title = g.querySelector("title") ? g.querySelector("title").textContent : "";
      var cut = title.lastIndexOf(" — ");
      parts[g.dataset.id] = { g: g, label: null, edges: [], x: x, y: y, savedX: x, savedY: y,
        name: cut > 0 ? title.slice(0, cut) : "this part", seq: 0, timer: null };
    });
    svg.querySelectorAll(".part-name[data-for]").forEach(function (label) {
      if (parts[label.dataset.for]) parts[label.dataset.for].label = label;
    });
    var tips = {};
    svg.querySelectorAll(".edge-tip[data-source]").forEach(function (tip) {
      tips[tip.dataset.source + " " + tip.dataset.target] = tip;
    });
    svg.querySelectorAll(".edge[data-source]").forEach(function (path) {
      var a = parts[path.dataset.source], b = parts[path.dataset.target];
      if (!a || !b) return;
      var edge = { path: path, kind: path.dataset.kind, a: a, b: b, tip: null };
      if (edge.kind === "protects") {
        edge.tip = tips[path.dataset.source + " " + path.dataset.target] || null;
      }
      a.edges.push(edge);
      b.edges.push(edge);
    });

    function centre(p) { return [ox + p.x * extent, oy + p.y * extent]; }

    // whether a part's name is drawn over it (svg.py's data-side)
    function isOver(p) { return !!(p.label && p.label.dataset.side === "above"); }

    function place(p, x, y) {
      p.x = clamp(x);
      p.y = clamp(y);
      var c = centre(p), move = "translate(" + num(c[0]) + " " + num(c[1]) + ")";
      p.g.setAttribute("transform", move);
      if (p.label) p.label.setAttribute("transform", move);
      p.edges.forEach(function (e) {
        var over = [isOver(e.a), isOver(e.b)];
        e.path.setAttribute("d", edgePath(e.kind, centre(e.a), centre(e.b), k, around, over));
        if (e.tip) e.tip.setAttribute("d", arrowTip(centre(e.a), centre(e.b), k, around, over));
      });
    }

    // After a move, a part's name goes under it, or over it when under it would run into
    // another name, a part, the Self or the picture's edge and over it runs into less: the
    // choice svg.py makes (_label_sides) for the moved part, measured from what is drawn.
    function boxOf(el, x, y) {
      var b = el.getBBox();
      return [b.x + x, b.y + y, b.x + b.width + x, b.y + b.height + y];
    }

    function covered(box, others) {
      return others.reduce(function (sum, o) {
        var w = Math.min(box[2], o[0][2]) - Math.max(box[0], o[0][0]);
        var h = Math.min(box[3], o[0][3]) - Math.max(box[1], o[0][1]);
        return w > 0 && h > 0 ? sum + w * h * o[1] : sum;
      }, 0);
    }

    function setSide(label, above) {
      var base = above ? -(NODE_R + 21) * k : (NODE_R + 22) * k;
      label.setAttribute("y", num(base));
      label.querySelectorAll("tspan.long, tspan.short").forEach(function (group) {
        var lines = group.querySelectorAll("tspan");
        if (!lines.length) return;
        lines[0].setAttribute("y", num(base));
        lines[0].setAttribute("dy", (above ? num(-1.2 * (lines.length - 1)) : "0") + "em");
      });
      if (above) label.dataset.side = "above";
      else delete label.dataset.side;
    }

    function resettle(p) {
      if (!p.label || !p.label.getBBox) return;
      var c = centre(p), others = [], bottom = oy + extent + 12 * extent / 600;
      Object.keys(parts).forEach(function (id) {
        var q = parts[id];
        if (q === p) return;
        var qc = centre(q);
        others.push([boxOf(q.g.querySelector(".part-fill") || q.g, qc[0], qc[1]), 1]);
        if (q.label) others.push([boxOf(q.label, qc[0], qc[1]), 1]);
      });
      if (around) {
        var r = around[2] * 0.68;  // the Self's circle, not its rays
        others.push([[around[0] - r, around[1] - r, around[0] + r, around[1] + r], 100]);
      }
      others.push([[-1e4, -1e4, 1e4, 0], 100], [[-1e4, bottom, 1e4, 1e4], 100]);
      setSide(p.label, false);
      var under = covered(boxOf(p.label, c[0], c[1]), others);
      if (under <= 0) return;
      setSide(p.label, true);
      if (covered(boxOf(p.label, c[0], c[1]), others) >= under) setSide(p.label, false);
    }

    function save(p, fromKeyboard) {
      var url = p.g.dataset.moveUrl;
      var seq = ++p.seq;  // only the latest answer counts when saves overlap
      p.g.classList.add("saving");
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        keepalive: true,  // an Enter that opens the part must not drop the save
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
        body: JSON.stringify({ x: Math.round(p.x * 1e4) / 1e4, y: Math.round(p.y * 1e4) / 1e4 })
      }).then(function (response) {
        // signed out in another tab: the save was sent on to the sign-in page
        if (response.redirected) throw new Error("signed-out");
        if (!response.ok) throw new Error(response.status === 403 ? "stale" : "HTTP " + response.status);
        return response.json();
      }).then(function (data) {
        if (seq !== p.seq) return;
        if (typeof data.x !== "number" || typeof data.y !== "number") throw new Error("bad answer");
        place(p, data.x, data.y);
        resettle(p);
        place(p, p.x, p.y);  // its links, clear of where its name now is
        p.savedX = p.x;
        p.savedY = p.y;
        p.g.dataset.x = p.x.toFixed(4);
        p.g.dataset.y = p.y.toFixed(4);
        say("Saved: " + p.name + " has a new place.", false);
      }).catch(function (error) {
        if (seq !== p.seq) return;
        place(p, p.savedX, p.savedY);
        // 403: this page's sign-in is out of date (signed in again in another tab)
        var hint = "";
        if (error && error.message === "stale") hint = " Please reload the page and try again.";
        if (error && error.message === "signed-out") hint = " You are signed out: reload the page to sign in again.";
        say("Could not save the new place for " + p.name + ". It is back where it was." + hint, true);
      }).then(function () {
        if (seq === p.seq) p.g.classList.remove("saving");
      });
    }

    function flush(p) {
      if (!p.timer) return;
      clearTimeout(p.timer);
      p.timer = null;
      save(p, true);
    }

    function pointOnMap(e) {
      var m = svg.getScreenCTM();
      var pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
      return { x: (pt.x - ox) / extent, y: (pt.y - oy) / extent };
    }

    function endDrag(cancel) {
      var d = drag;
      drag = null;
      if (!d || !d.moving) return;
      justDragged = true;  // the click that may follow must not open the part
      d.p.g.classList.remove("dragging");
      if (d.p.g.hasPointerCapture(d.pointerId)) d.p.g.releasePointerCapture(d.pointerId);
      if (cancel) place(d.p, d.fromX, d.fromY);
      else save(d.p, false);
    }

    svg.addEventListener("pointerdown", function (e) {
      var g = e.target.closest(".part[data-id]");
      justDragged = false;
      if (!g || !g.dataset.moveUrl || e.button !== 0 || drag) return;
      var p = parts[g.dataset.id], pt = pointOnMap(e);
      drag = { p: p, pointerId: e.pointerId, sx: e.clientX, sy: e.clientY, moving: false,
        dx: p.x - pt.x, dy: p.y - pt.y, fromX: p.x, fromY: p.y,
        slack: e.pointerType === "touch" ? 8 : 4 };
    });

    svg.addEventListener("pointermove", function (e) {
      if (!drag || e.pointerId !== drag.pointerId) return;
      if (!drag.moving) {
        // Capture only once it is a drag, so that a plain click still reaches the link.
        if (Math.hypot(e.clientX - drag.sx, e.clientY - drag.sy) < drag.slack) return;
        drag.moving = true;
        clearTimeout(drag.p.timer);
        drag.p.timer = null;
        drag.p.g.setPointerCapture(e.pointerId);
        drag.p.g.classList.add("dragging");
      }
      var pt = pointOnMap(e);
      place(drag.p, pt.x + drag.dx, pt.y + drag.dy);
    });

    svg.addEventListener("pointerup", function (e) {
      if (drag && e.pointerId === drag.pointerId) endDrag(false);
    });
    svg.addEventListener("pointercancel", function (e) {
      if (drag && e.pointerId === drag.pointerId) endDrag(true);
    });
    svg.addEventListener("click", function (e) {
      if (!justDragged) return;
      justDragged = false;
      e.preventDefault();
      e.stopPropagation();
    }, true);
    svg.addEventListener("dragstart", function (e) { e.preventDefault(); });
    // A finger on a part moves the part, not the page; elsewhere on the map a swipe scrolls.
    // (Chrome ignores touch-action on elements inside an <svg>, so this is done here.)
    svg.addEventListener("touchmove", function (e) { if (drag) e.preventDefault(); },
      { passive: false });

    svg.addEventListener("keydown", function (e) {
      var g = e.target.closest(".part[data-id]");
      if (!g) return;
      var p = parts[g.dataset.id];
      if (e.key === "Escape" && drag && drag.moving) {
        e.preventDefault();
        endDrag(true);
        return;
      }
      if (e.key === "Enter" || e.key === " ") {
        var link = g.querySelector("a[href]");
        if (!link) return;
        e.preventDefault();
        flush(p);
        window.location.assign(link.getAttribute("href"));
        return;
      }
      var step = e.shiftKey ? BIG_STEP : STEP;
      var delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0],
        ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
      if (!delta || !g.dataset.moveUrl || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      place(p, p.x + delta[0], p.y + delta[1]);
      clearTimeout(p.timer);
      p.timer = setTimeout(function () { p.timer = null; save(p, true); }, SAVE_DELAY);
    });

    // On each part, not on the <svg>: Chrome makes an <svg> with focus listeners a tab stop.
    Object.keys(parts).forEach(function (id) {
      parts[id].g.addEventListener("blur", function () { flush(parts[id]); });
    });
  }

  function init(root) {
    if (root.matches && root.matches("svg[data-parts-map]")) setUp(root);
    if (root.querySelectorAll) root.querySelectorAll("svg[data-parts-map]").forEach(setUp);
  }

  // The link geometry, for the test that holds it to svg.py's (tests/browser/test_parts.py).
  window.selfledMapGeometry = { edgePath: edgePath, arrowTip: arrowTip };

  init(document);
  // Maps that htmx swaps in later.
  document.addEventListener("htmx:load", function (e) { init(e.target); });
})();
