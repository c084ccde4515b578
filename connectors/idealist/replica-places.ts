import { createRng, type WorldInitiative } from '../replica/index.ts';

/** A US city of the replica world with its state and the range of its ZIP codes. */
interface UsCity {
  readonly state: string;
  readonly stateCode: string;
  readonly zipFrom: number;
  readonly zipTo: number;
}

const US_CITIES: Readonly<Record<string, UsCity>> = {
  'New York': { state: 'New York', stateCode: 'NY', zipFrom: 10001, zipTo: 10040 },
  Chicago: { state: 'Illinois', stateCode: 'IL', zipFrom: 60601, zipTo: 60660 },
  Oakland: { state: 'California', stateCode: 'CA', zipFrom: 94601, zipTo: 94621 },
  Detroit: { state: 'Michigan', stateCode: 'MI', zipFrom: 48201, zipTo: 48235 },
};

/** A US address of a world initiative, as US platforms hold it: street, city, state, ZIP, point. */
export interface UsAddress {
  readonly street?: string;
  readonly city: string;
  readonly state: string;
  readonly stateCode: string;
  readonly zipcode: string;
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * The US address of a world initiative for the US replicas (Idealist, VolunteerMatch): the world gives the
 * city and a point, this adds the state and a ZIP code of the city, stable per initiative.
 */
export function usAddressOf(initiative: WorldInitiative): UsAddress {
  const place = initiative.place;
  const city = US_CITIES[place.locality] ?? US_CITIES['New York']!;
  const rng = createRng(`${initiative.id}:us-address`);
  return {
    street: place.address,
    city: place.locality,
    state: city.state,
    stateCode: city.stateCode,
    zipcode: String(rng.int(city.zipFrom, city.zipTo)).padStart(5, '0'),
    latitude: place.lat,
    longitude: place.lon,
  };
}
