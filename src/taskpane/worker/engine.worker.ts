/// <reference lib="webworker" />
import { expose } from 'comlink';
import { bundledPack } from '../../rules/bundledPack';
import { createEngineApi } from './engineApi';

expose(createEngineApi(bundledPack));
