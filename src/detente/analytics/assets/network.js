// Force layout for the detente actor network: repulsion between all nodes,
// springs along edges, a weak pull to the centre; drag a node to pin it while held.
(function () {
  "use strict";
  const graph = JSON.parse(document.getElementById("graph-data").textContent);
  const canvas = document.getElementById("graph");
  const tip = document.getElementById("tip");
  const ctx = canvas.getContext("2d");
  const byId = new Map();
  const nodes = graph.nodes.map(function (n, i) {
    const angle = (2 * Math.PI * i) / Math.max(graph.nodes.length, 1);
    const node = Object.assign({}, n, {
      x: Math.cos(angle) * 200, y: Math.sin(angle) * 200, vx: 0, vy: 0,
      r: 4 + 2.5 * Math.sqrt(n.events),
    });
    byId.set(n.id, node);
    return node;
  });
  const edges = graph.edges.map(function (e) {
    return Object.assign({}, e, { s: byId.get(e.source), t: byId.get(e.target) });
  });
  const reverse = new Set(edges.map(function (e) { return e.source + "\u0000" + e.target; }));
  let view = { w: 0, h: 0 };
  let dragged = null;
  let hovered = null;
  let heat = 1.0;

  function resize() {
    const ratio = window.devicePixelRatio || 1;
    view.w = canvas.clientWidth;
    view.h = canvas.clientHeight;
    canvas.width = view.w * ratio;
    canvas.height = view.h * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  // Mean Goldstein (-10..10) to colour: red (hostile) through grey to blue (cooperative).
  function colour(g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 6));
    const grey = [153, 153, 153], red = [203, 24, 29], blue = [33, 113, 181];
    const end = t < 0 ? red : blue, k = Math.abs(t);
    const c = grey.map(function (v, i) { return Math.round(v + (end[i] - v) * k); });
    return "rgb(" + c.join(",") + ")";
  }

  function step() {
    const repulsion = 9000, spring = 0.02, length = 140, gravity = 0.01;
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy + 0.01;
        const f = repulsion / d2, d = Math.sqrt(d2);
        dx /= d; dy /= d;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      if (e.s === e.t) return;
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
      const d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = spring * (d - length) * Math.log(1 + e.events);
      e.s.vx += (dx / d) * f; e.s.vy += (dy / d) * f;
      e.t.vx -= (dx / d) * f; e.t.vy -= (dy / d) * f;
    });
    nodes.forEach(function (n) {
      n.vx -= n.x * gravity; n.vy -= n.y * gravity;
      if (n === dragged) { n.vx = 0; n.vy = 0; return; }
      n.x += Math.max(-20, Math.min(20, n.vx * heat));
      n.y += Math.max(-20, Math.min(20, n.vy * heat));
      n.vx *= 0.5; n.vy *= 0.5;
    });
    heat = Math.max(0.05, heat * 0.995);
  }

  function toScreen(n) { return [n.x + view.w / 2, n.y + view.h / 2]; }

  function drawEdge(e) {
    const [x1, y1] = toScreen(e.s), [x2, y2] = toScreen(e.t);
    ctx.strokeStyle = colour(e.goldstein_mean);
    ctx.lineWidth = 0.8 + 1.6 * Math.log(1 + e.events);
    ctx.globalAlpha = hovered && hovered !== e.s && hovered !== e.t ? 0.15 : 0.75;
    ctx.beginPath();
    if (e.s === e.t) {
      ctx.arc(x1, y1 - e.s.r - 8, 8, 0, 2 * Math.PI);
      ctx.stroke();
      return;
    }
    // Both directions present: bend each edge to its own side so both stay visible.
    const both = reverse.has(e.target + "\u0000" + e.source);
    const mx = (x1 + x2) / 2, my = (y1 + y2) / 2;
    const nx = -(y2 - y1), ny = x2 - x1, len = Math.sqrt(nx * nx + ny * ny) || 1;
    const bend = both ? 18 : 0;
    const cx = mx + (nx / len) * bend, cy = my + (ny / len) * bend;
    ctx.moveTo(x1, y1);
    ctx.quadraticCurveTo(cx, cy, x2, y2);
    ctx.stroke();
    // Arrow head at the target's rim.
    const ax = x2 - cx, ay = y2 - cy, al = Math.sqrt(ax * ax + ay * ay) || 1;
    const tx = x2 - (ax / al) * e.t.r, ty = y2 - (ay / al) * e.t.r;
    ctx.fillStyle = ctx.strokeStyle;
    ctx.beginPath();
    ctx.moveTo(tx, ty);
    ctx.lineTo(tx - (ax / al) * 9 - (ay / al) * 4, ty - (ay / al) * 9 + (ax / al) * 4);
    ctx.lineTo(tx - (ax / al) * 9 + (ay / al) * 4, ty - (ay / al) * 9 - (ax / al) * 4);
    ctx.fill();
  }

  function draw() {
    ctx.clearRect(0, 0, view.w, view.h);
    edges.forEach(drawEdge);
    ctx.globalAlpha = 1;
    nodes.forEach(function (n) {
      const [x, y] = toScreen(n);
      ctx.beginPath();
      ctx.arc(x, y, n.r, 0, 2 * Math.PI);
      ctx.fillStyle = colour(n.goldstein_mean);
      ctx.fill();
      ctx.lineWidth = n === hovered ? 3 : 1;
      ctx.strokeStyle = "#222";
      ctx.stroke();
      ctx.fillStyle = "#111";
      ctx.font = "12px system-ui, sans-serif";
      ctx.fillText(n.id, x + n.r + 3, y + 4);
    });
  }

  function nodeAt(px, py) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const [x, y] = toScreen(nodes[i]);
      if ((px - x) ** 2 + (py - y) ** 2 <= (nodes[i].r + 3) ** 2) return nodes[i];
    }
    return null;
  }

  function describe(n) {
    const lines = [n.id, "events: " + n.events + " (out " + n.out_events + ", in " + n.in_events + ")",
      "mean Goldstein: " + (n.goldstein_mean === null ? "-" : n.goldstein_mean.toFixed(2))];
    edges.filter(function (e) { return e.s === n || e.t === n; })
      .slice(0, 12)
      .forEach(function (e) {
        lines.push(e.source + " \u2192 " + e.target + ": " + e.events + " events, G " +
          e.goldstein_mean.toFixed(2) + ", " + e.sources + " sources");
      });
    return lines.join("\n");
  }

  canvas.addEventListener("mousedown", function (ev) {
    dragged = nodeAt(ev.offsetX, ev.offsetY);
    if (dragged) { heat = Math.max(heat, 0.3); canvas.style.cursor = "grabbing"; }
  });
  window.addEventListener("mouseup", function () { dragged = null; canvas.style.cursor = "grab"; });
  canvas.addEventListener("mousemove", function (ev) {
    if (dragged) {
      dragged.x = ev.offsetX - view.w / 2;
      dragged.y = ev.offsetY - view.h / 2;
    }
    hovered = dragged || nodeAt(ev.offsetX, ev.offsetY);
    if (hovered) {
      tip.textContent = describe(hovered);
      tip.style.left = ev.clientX + 14 + "px";
      tip.style.top = ev.clientY + 14 + "px";
      tip.style.display = "block";
    } else {
      tip.style.display = "none";
    }
  });
  window.addEventListener("resize", resize);

  function frame() {
    step();
    draw();
    window.requestAnimationFrame(frame);
  }
  resize();
  for (let i = 0; i < 200; i++) step();  // settle before the first paint
  frame();
})();
