/// <reference lib="webworker" />
import { expose } from 'comlink';
import { bundledPack } from '../../rules/bundledPack';
import { loadPack } from '../../rules/loadPack';
import { createEngineApi } from './engineApi';

expose(createEngineApi(bundledPack, loadPack));
