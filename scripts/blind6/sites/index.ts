import type { SiteDef } from '../kit.js';
import { aggregator } from './aggregator.js';
import { economy } from './economy.js';
import { egyptPortal } from './egypt-portal.js';
import { gulfDaily } from './gulf-daily.js';
import { levant } from './levant.js';
import { localPortal } from './local-portal.js';
import { maghreb } from './maghreb.js';
import { mobile } from './mobile.js';
import { opinion } from './opinion.js';
import { sports } from './sports.js';
import { tv } from './tv.js';
import { wire } from './wire.js';

export const SITES: SiteDef[] = [gulfDaily, mobile, egyptPortal, levant, maghreb, wire, tv, sports, economy, localPortal, opinion, aggregator];
