/**
 * The browser side: Cytoscape.js in headless Chromium on a self-contained page (a small HTML file
 * and Cytoscape's dist build served from loopback), timing the first drawn frame and the frame
 * rate while panning and zooming, for the canvas renderer and its WebGL mode. Chromium here
 * renders WebGL in software (SwiftShader), so the two modes are compared within one run rather
 * than quoted as absolute numbers for a machine with a GPU.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export interface BrowserResult {
  elements: number;
  renderer: 'canvas' | 'webgl';
  nodes: number;
  edges: number;
  /** From creating the Cytoscape instance to the end of its first drawn frame. */
  firstFrameMs: number;
  /** Frames Cytoscape drew per second while the viewport panned and zoomed every animation frame. */
  fps: number;
  /** The slowest frame interval seen while panning and zooming. */
  worstFrameMs: number;
  webglActive: boolean;
}

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The page: builds a seeded graph with preset positions (no layout, so the time is drawing), then
// drives the viewport from requestAnimationFrame and counts the renderer's own draw calls.
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>cytoscape bench</title>
<style>html,body{margin:0;height:100%}#cy{width:100vw;height:100vh}</style></head>
<body><div id="cy"></div><script src="/cytoscape.min.js"></script><script>
function rng(seed){return function(){seed|=0;seed=seed+0x6D2B79F5|0;var t=Math.imul(seed^seed>>>15,1|seed);t=t+Math.imul(t^t>>>7,61|t)^t;return((t^t>>>14)>>>0)/4294967296;};}
var COLORS=['#4e79a7','#f28e2b','#e15759','#76b7b2','#59a14f','#edc948','#b07aa1','#ff9da7'];
window.runBench=async function(opts){
  var rand=rng(7), nodes=Math.round(opts.elements/3), edges=opts.elements-nodes, side=Math.sqrt(nodes)*60, els=[];
  for(var i=0;i<nodes;i++){var hub=Math.floor(Math.pow(rand(),3)*nodes);
    els.push({group:'nodes',data:{id:'n'+i,label:'Entity '+i,color:COLORS[i%8]},position:{x:rand()*side,y:rand()*side}});}
  for(var j=0;j<edges;j++){var a=Math.floor(Math.pow(rand(),3)*nodes),b=Math.floor(rand()*nodes);if(a===b)b=(b+1)%nodes;
    els.push({group:'edges',data:{id:'r'+j,source:'n'+a,target:'n'+b}});}
  var t0=performance.now(), draws=0, firstDraw=0;
  var cy=cytoscape({container:document.getElementById('cy'),elements:els,layout:{name:'preset'},
    renderer:opts.webgl?{name:'canvas',webgl:true}:{name:'canvas'},
    style:[{selector:'node',style:{'background-color':'data(color)',label:'data(label)','font-size':10,width:14,height:14}},
           {selector:'edge',style:{width:1,'line-color':'#999','curve-style':'straight','target-arrow-shape':'triangle','target-arrow-color':'#999'}}]});
  var r=cy.renderer(), render=r.render;
  r.render=function(o){var out=render.call(r,o);draws++;if(!firstDraw)firstDraw=performance.now();return out;};
  while(!firstDraw) await new Promise(function(res){requestAnimationFrame(res);});
  var firstFrameMs=firstDraw-t0;
  cy.fit();var base=cy.zoom(),center={x:cy.width()/2,y:cy.height()/2};
  await new Promise(function(res){requestAnimationFrame(res);});
  draws=0;var start=performance.now(),last=start,worst=0;
  await new Promise(function(res){
    function step(now){var t=(now-start)/1000;worst=Math.max(worst,now-last);last=now;
      cy.zoom({level:base*(1.4+0.6*Math.sin(t*2)),renderedPosition:center});cy.panBy({x:4*Math.cos(t),y:4*Math.sin(t)});
      if(now-start<opts.ms)requestAnimationFrame(step);else res();}
    requestAnimationFrame(step);});
  var seconds=(performance.now()-start)/1000;
  var result={nodes:nodes,edges:edges,firstFrameMs:firstFrameMs,fps:draws/seconds,worstFrameMs:worst,webglActive:!!r.webgl};
  cy.destroy();return result;
};
</script></body></html>`;

export async function runBrowserBench(options: {
  elementCounts: number[];
  msPerRun: number;
}): Promise<BrowserResult[]> {
  const require = createRequire(import.meta.url);
  const cytoscapeFile = require.resolve('cytoscape/dist/cytoscape.min.js');
  const script = readFileSync(cytoscapeFile);
  const server = createServer((request, response) => {
    if (request.url === '/cytoscape.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const results: BrowserResult[] = [];
  try {
    for (const elements of options.elementCounts) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        // A fresh page per run: one renderer's textures and caches must not help the next.
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`http://127.0.0.1:${port}/`);
        const run = await page.evaluate(
          (opts) =>
            (
              window as unknown as {
                runBench(o: typeof opts): Promise<Omit<BrowserResult, 'elements' | 'renderer'>>;
              }
            ).runBench(opts),
          { elements, webgl: renderer === 'webgl', ms: options.msPerRun },
        );
        results.push({ elements, renderer, ...run });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
